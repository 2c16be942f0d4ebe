import type { BreakdownRow } from '@/features/settlement-share/to-settlement-rows';

/** Plot width one column and its gap need for its glyph and share to stay readable. */
export const COLUMN_PX = 28;

/** How long a period a breakdown describes, finest first. */
const granularities = [
  { name: 'monthly', maxDays: 31 },
  { name: 'quarterly', maxDays: 92 },
  { name: 'half-yearly', maxDays: 184 },
  { name: 'yearly', maxDays: 366 },
  { name: 'multi-year', maxDays: Infinity },
] as const;

type Granularity = (typeof granularities)[number]['name'];

const DAY_MS = 86_400_000;
const startOf = (row: BreakdownRow) => row.figures.usd.start;
const endOf = (row: BreakdownRow) => row.figures.usd.end;
const daysOf = (row: BreakdownRow) => (Date.parse(endOf(row)) - Date.parse(startOf(row))) / DAY_MS + 1;
const granularityOf = (row: BreakdownRow): Granularity =>
  (granularities.find(({ maxDays }) => daysOf(row) <= maxDays) ?? granularities[4]).name;
const byStart = (a: BreakdownRow, b: BreakdownRow) =>
  startOf(a).localeCompare(startOf(b)) || endOf(a).localeCompare(endOf(b));

/**
 * The breakdown columns a plot `plotPx` wide can show readably: all of them when they fit (the
 * published breakdowns are few and of mixed length: 2017, 2018, Q1 2020). When they do not, one
 * granularity is drawn, so no two columns describe overlapping periods (2019, H1 2019, Q1 2019 and
 * Jan 2019 side by side would read as a time series they are not); periods published only at
 * other granularities fill the time it leaves uncovered, while there is room. Of the
 * granularities whose columns fit, the one covering the most time wins, the finest on a tie:
 * months for a year, quarters for two, years for a decade. The table and the CSV keep every row.
 */
export function breakdownsToDraw(rows: readonly BreakdownRow[], plotPx: number): readonly BreakdownRow[] {
  const room = Math.max(1, Math.floor(plotPx / COLUMN_PX));
  if (rows.length <= room) return rows;
  const byGranularity = new Map<Granularity, BreakdownRow[]>();
  for (const row of rows) {
    const granularity = granularityOf(row);
    byGranularity.set(granularity, [...(byGranularity.get(granularity) ?? []), row]);
  }
  const present = granularities.filter(({ name }) => byGranularity.has(name)).map(({ name }) => name);

  const drawnAt = (chosen: Granularity) => {
    const drawn = [...(byGranularity.get(chosen) ?? [])];
    const overlaps = (row: BreakdownRow) =>
      drawn.some((other) => startOf(row) <= endOf(other) && endOf(row) >= startOf(other));
    for (const name of [...present].reverse()) {
      if (name === chosen) continue;
      for (const row of byGranularity.get(name) ?? []) {
        if (drawn.length >= room) break;
        if (!overlaps(row)) drawn.push(row);
      }
    }
    return drawn;
  };
  const covered = (drawn: readonly BreakdownRow[]) => drawn.reduce((days, row) => days + daysOf(row), 0);

  let best: BreakdownRow[] | undefined;
  for (const name of present) {
    if ((byGranularity.get(name)?.length ?? 0) > room) continue;
    const drawn = drawnAt(name);
    if (!best || covered(drawn) > covered(best)) best = drawn;
  }
  // Not even the coarsest fits: draw it anyway; narrow columns beat periods left out.
  return (best ?? byGranularity.get(present.at(-1) ?? 'yearly') ?? [...rows]).sort(byStart);
}
