import type { SettlementObservation } from '@/api/schemas';
import { settlementSeries, type SettlementSeries } from '@/api/vocabulary';
import { formatDate, formatShare } from '@/lib/format';
import type { SettlementView } from '@/store/view-url';
import { dayTime, formatMonth, monthEnd, monthStart, periodDomain, toDay } from '@/lib/time';

/** The four currencies of a published bilateral breakdown, in stacking order (bottom first). */
export const breakdownCurrencies = ['cny', 'rub', 'eur', 'usd'] as const;
export type Currency = (typeof breakdownCurrencies)[number];

const currencySeries = {
  usd: 'bilateral-usd',
  eur: 'bilateral-eur',
  cny: 'bilateral-cny',
  rub: 'bilateral-rub',
} as const satisfies Record<Currency, SettlementSeries>;

/** Which way the trade a Bank of Russia share describes runs. */
export type Flow = 'exports' | 'imports';

const yuanSeries = {
  exports: 'russia-exports-cny',
  imports: 'russia-imports-cny',
} as const satisfies Record<Flow, SettlementSeries>;

/** Series names as a reader says them, for tables and tooltips. */
export const seriesName: Record<SettlementSeries, string> = {
  'bilateral-national': 'Rubles + yuan, Russia–China trade',
  'bilateral-usd': 'US dollar, Russia–China trade',
  'bilateral-eur': 'Euro, Russia–China trade',
  'bilateral-cny': 'Yuan, Russia–China trade',
  'bilateral-rub': 'Ruble, Russia–China trade',
  'russia-exports-cny': 'Yuan, all Russian exports',
  'russia-imports-cny': 'Yuan, all Russian imports',
  'russia-exports-rub': 'Ruble, all Russian exports',
  'russia-imports-rub': 'Ruble, all Russian imports',
  'russia-exports-usd-eur': 'Dollar + euro, all Russian exports',
  'russia-imports-usd-eur': 'Dollar + euro, all Russian imports',
};

/** One published share drawn as a lone point: sparse figures are never joined or smoothed. */
export type SettlementPoint = {
  id: string;
  /** Time on the shared axis: the middle of the days the figure describes, within the period. */
  x: number;
  /** Height of the point: the value, or the middle of a published range. */
  y: number;
  /** Distances from `x` to the first and last day described, drawn as a thin span. */
  xSpan: [number, number];
  /** Distances from `y` to the ends of a published range; zero for a single figure. */
  ySpan: [number, number];
  /** The figure as published: "≈25%", ">90%", "2–3%". */
  text: string;
  /** The API row, for tooltips and the table. */
  observation: SettlementObservation;
};

/** One published breakdown of Russia–China settlements by currency, drawn as a 100% column. */
export type BreakdownRow = {
  /** The period as published: "2017", "Q1 2020". */
  label: string;
  usd: number;
  eur: number;
  cny: number;
  rub: number;
  /** The API rows behind each segment, for tooltips and the table. */
  figures: Record<Currency, SettlementObservation>;
};

/** Everything the settlement charts draw for one period. */
export type SettlementRows = {
  /** Shares of Russia–China trade settled in rubles and yuan together. */
  statements: SettlementPoint[];
  /** Periods for which all four currency shares of Russia–China trade are published. */
  breakdowns: BreakdownRow[];
  /** The yuan's share of all of Russia's export and import settlements (Bank of Russia). */
  russia: Record<Flow, SettlementPoint[]>;
};

/** The first and last day of a period of months, as ISO dates. */
const periodDays = (from: string, to: string) => ({ first: `${from}-01`, last: toDay(monthEnd(to)) });

/** True when the days an observation describes overlap the period `from`–`to` (`YYYY-MM`). */
export function inPeriod(row: SettlementObservation, from: string, to: string): boolean {
  return overlaps(row, periodDays(from, to));
}

const overlaps = (row: SettlementObservation, { first, last }: { first: string; last: string }) =>
  row.start <= last && row.end >= first;

/** An observation as a point; a figure reaching outside the period is placed on its part inside. */
export function toPoint(row: SettlementObservation, from: string, to: string): SettlementPoint {
  return pointIn(row, periodDomain(from, to));
}

function pointIn(row: SettlementObservation, [periodStart, periodEnd]: [number, number]): SettlementPoint {
  const low = Math.max(dayTime(row.start), periodStart);
  const high = Math.min(dayTime(row.end), periodEnd);
  const x = (low + high) / 2;
  const top = row.qualifier === 'range' && row.high !== undefined ? row.high : row.value;
  const y = (row.value + top) / 2;
  return {
    id: row.id,
    x,
    y,
    xSpan: [x - low, high - x],
    ySpan: [y - row.value, top - y],
    text: formatShare(row.value, row.qualifier, row.high),
    observation: row,
  };
}

const pointsOf = (
  rows: readonly SettlementObservation[],
  series: SettlementSeries,
  from: string,
  to: string,
) => {
  // The period's days and axis worked out once, not per row: the data may hold thousands.
  const days = periodDays(from, to);
  const domain = periodDomain(from, to);
  return rows
    .filter((row) => row.series === series && overlaps(row, days))
    .map((row) => pointIn(row, domain))
    .sort((a, b) => a.x - b.x);
};

/** Breakdowns with all four currencies published for the same days, oldest first. */
export function toBreakdowns(
  rows: readonly SettlementObservation[],
  from: string,
  to: string,
): BreakdownRow[] {
  const byPeriod = new Map<string, Partial<Record<Currency, SettlementObservation>>>();
  const days = periodDays(from, to);
  for (const row of rows) {
    const currency = breakdownCurrencies.find((c) => currencySeries[c] === row.series);
    if (!currency || !overlaps(row, days)) continue;
    const key = `${row.start}/${row.end}`;
    const found = byPeriod.get(key);
    if (found) found[currency] = row;
    else byPeriod.set(key, { [currency]: row });
  }
  return [...byPeriod.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([, found]) => {
      const { usd, eur, cny, rub } = found;
      if (!usd || !eur || !cny || !rub) return [];
      return [
        {
          label: usd.label,
          usd: usd.value,
          eur: eur.value,
          cny: cny.value,
          rub: rub.value,
          figures: { usd, eur, cny, rub },
        },
      ];
    });
}

/** API observations to the rows the settlement charts draw for the period `from`–`to`. */
export function toSettlementRows(
  rows: readonly SettlementObservation[],
  from: string,
  to: string,
): SettlementRows {
  return {
    statements: pointsOf(rows, 'bilateral-national', from, to),
    breakdowns: toBreakdowns(rows, from, to),
    russia: {
      exports: pointsOf(rows, yuanSeries.exports, from, to),
      imports: pointsOf(rows, yuanSeries.imports, from, to),
    },
  };
}

const latest = (rows: readonly SettlementObservation[]) =>
  rows.reduce<SettlementObservation | undefined>(
    (best, row) =>
      !best || row.end > best.end || (row.end === best.end && row.start > best.start) ? row : best,
    undefined,
  );

const earliest = (rows: readonly SettlementObservation[]) =>
  rows.reduce<SettlementObservation | undefined>(
    (best, row) => (!best || row.start < best.start ? row : best),
    undefined,
  );

const published = (row: SettlementObservation) => formatShare(row.value, row.qualifier, row.high);

/** How much of the trade a share is, in words a title can carry. */
const howMuch = (share: number) =>
  share >= 95 ? 'almost all' : share >= 75 ? 'most' : share >= 50 ? 'over half of' : 'part of';

/** The bilateral chart's title, from the latest ruble-and-yuan share published. */
export function settlementFinding(rows: readonly SettlementObservation[]): string | undefined {
  const last = latest(rows.filter((row) => row.series === 'bilateral-national'));
  if (!last) return undefined;
  return `Rubles and yuan now settle ${howMuch(last.value)} China–Russia trade: ${published(last)} by ${formatMonth(dayTime(last.end))}`;
}

/** The Russia view's title: where the yuan's shares of exports and imports started and ended. */
export function yuanFinding(rows: readonly SettlementObservation[]): string | undefined {
  const ends = (series: SettlementSeries) => {
    const own = rows.filter((row) => row.series === series);
    const first = earliest(own);
    const last = latest(own);
    return first && last && first !== last ? { first, last } : undefined;
  };
  const exports = ends(yuanSeries.exports);
  const imports = ends(yuanSeries.imports);
  if (!exports || !imports) return undefined;
  return `The yuan rose from ${published(exports.first)} to ${published(exports.last)} of Russia’s export settlements and from ${published(imports.first)} to ${published(imports.last)} of its import settlements`;
}

/** The statement the bilateral chart calls out, found by series and day rather than by value. */
export const calloutStatement = { series: 'bilateral-national', start: '2024-05-16' } as const;

export const findCallout = (points: readonly SettlementPoint[]) =>
  points.find(
    ({ observation }) =>
      observation.series === calloutStatement.series && observation.start === calloutStatement.start,
  );

/** The callout's text: ">90% — Putin, 16 May 2024". */
export function calloutText({ text, observation }: SettlementPoint): string {
  const surname = observation.speaker?.split(' ').at(-1);
  const date = observation.start === observation.end ? formatDate(observation.start) : observation.label;
  return surname ? `${text} — ${surname}, ${date}` : `${text} — ${date}`;
}

/** Years (first–last) the observations of some series cover, for subtitles and empty states. */
export function yearsCovered(rows: readonly SettlementObservation[]): string | undefined {
  const first = earliest(rows);
  const last = latest(rows);
  if (!first || !last) return undefined;
  const [a, b] = [first.start.slice(0, 4), last.end.slice(0, 4)];
  return a === b ? a : `${a}–${b}`;
}

/** The yuan's Bank of Russia observations, for coverage and the Russia view's axis. */
export const yuanRows = (rows: readonly SettlementObservation[]) =>
  rows.filter((row) => row.series === yuanSeries.exports || row.series === yuanSeries.imports);

/** A legend entry: the ruble-and-yuan statements, a breakdown currency, or a Bank of Russia flow. */
export type SeriesKey = 'national' | Currency | Flow;

/** The observations a view draws, in time order: exactly the rows of its table. */
export function shownObservations(
  rows: SettlementRows,
  view: SettlementView,
  hidden: ReadonlySet<string>,
): SettlementObservation[] {
  const points =
    view === 'bilateral'
      ? hidden.has('national')
        ? []
        : rows.statements
      : (['exports', 'imports'] as const).flatMap((flow) => (hidden.has(flow) ? [] : rows.russia[flow]));
  const segments =
    view === 'bilateral'
      ? rows.breakdowns.flatMap((row) =>
          [...breakdownCurrencies].reverse().flatMap((c) => (hidden.has(c) ? [] : [row.figures[c]])),
        )
      : [];
  const seriesOrder = settlementSeries;
  return [...points.map((point) => point.observation), ...segments].sort(
    (a, b) =>
      a.start.localeCompare(b.start) ||
      a.end.localeCompare(b.end) ||
      seriesOrder.indexOf(a.series) - seriesOrder.indexOf(b.series),
  );
}

/**
 * The Russia view's time axis: the whole years its points cover inside the period, so a few
 * years of Bank of Russia figures are not squeezed into one end of a thirteen-year axis.
 */
export function russiaDomain(rows: SettlementRows, from: string, to: string): [number, number] {
  const [periodStart, periodEnd] = periodDomain(from, to);
  const points = [...rows.russia.exports, ...rows.russia.imports];
  if (points.length === 0) return [periodStart, periodEnd];
  const years = points.flatMap(({ observation }) => [
    observation.start.slice(0, 4),
    observation.end.slice(0, 4),
  ]);
  const first = years.reduce((a, b) => (b < a ? b : a));
  const last = years.reduce((a, b) => (b > a ? b : a));
  return [Math.max(periodStart, monthStart(`${first}-01`)), Math.min(periodEnd, monthEnd(`${last}-12`))];
}
