/** Time on the shared axis: UTC milliseconds, so every chart lines up on one scale. */

/** First instant of a `YYYY-MM` month. */
export const monthStart = (month: string) =>
  Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1);

/** Last instant of a `YYYY-MM` month. */
export const monthEnd = (month: string) =>
  Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 1) - 1;

/** The middle of a `YYYY-MM` month, where a month's point or bar is drawn. */
export const monthMid = (month: string) => (monthStart(month) + monthEnd(month)) / 2;

/** An ISO date (`YYYY-MM-DD`) at midday UTC. */
export const dayTime = (iso: string) => Date.parse(`${iso}T12:00:00Z`);

/** The axis domain of a period of months. */
export const periodDomain = (from: string, to: string): [number, number] => [monthStart(from), monthEnd(to)];

/** `YYYY-MM` of a time. */
export const toMonth = (time: number) => new Date(time).toISOString().slice(0, 7);

/** `YYYY-MM-DD` of a time. */
export const toDay = (time: number) => new Date(time).toISOString().slice(0, 10);

/** Months from `from` to `to`, inclusive. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  for (;;) {
    const value = `${year}-${String(month).padStart(2, '0')}`;
    if (value > to) return months;
    months.push(value);
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year += 1;
  }
}

/** January 1st of each year inside the domain, for year ticks; every other year when crowded. */
export function yearTicks([start, end]: [number, number], maxTicks = 14): number[] {
  const first =
    new Date(start).getUTCFullYear() +
    (new Date(start).getUTCMonth() === 0 && new Date(start).getUTCDate() === 1 ? 0 : 1);
  const last = new Date(end).getUTCFullYear();
  const years = Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => Date.UTC(first + i, 0, 1));
  return thinTicks(years, maxTicks);
}

/** Room one year label takes on a time axis, with the gap to the next: "2024" at 12 px, and air. */
const YEAR_TICK_PX = 40;

/** How many year ticks a plot `plotPx` wide holds without labels touching: 2 to 14. */
export const yearTickCount = (plotPx: number) => Math.min(14, Math.max(2, Math.floor(plotPx / YEAR_TICK_PX)));

/**
 * Year ticks a time axis may draw: as many as its plot holds when the chart knows the plot's width
 * (`plotPx`), else 5 in the phone layout (`narrow`) and 14 otherwise.
 */
export const maxYearTicks = (narrow: boolean, plotPx?: number) =>
  plotPx === undefined ? (narrow ? 5 : 14) : yearTickCount(plotPx);

/**
 * At most `maxTicks` of `ticks`, evenly spaced from the first: the axes draw every tick they are
 * given (`interval={0}`), so crowding is settled here rather than by measuring each label.
 */
export function thinTicks<T>(ticks: readonly T[], maxTicks: number): T[] {
  const every = Math.ceil(ticks.length / maxTicks);
  return ticks.filter((_, i) => i % every === 0);
}

const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "Mar 2024". */
export const formatMonth = (time: number) => monthYear.format(new Date(time));

/** "2024" — for year ticks. */
export const formatYear = (time: number) => String(new Date(time).getUTCFullYear());
