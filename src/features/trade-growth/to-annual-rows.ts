import type { AnnualTrade, ChangeFigure, Figure } from '@/api/schemas';
import { formatChange, formatUsdBillionsRounded } from '@/lib/format';

/** One bar of the annual chart. Null series values leave a gap instead of a zero. */
export type AnnualRow = {
  year: number;
  /** Where the bar sits on the shared time axis: the middle of the year. */
  x: number;
  /** China's exports to Russia, USD billions. */
  exports: number | null;
  /** China's imports from Russia, USD billions. */
  imports: number | null;
  /** The total, drawn as one bar, for years with no published dollar split. */
  unsplit: number | null;
  total: number;
  /** The API row, for tooltips and tables. */
  source: AnnualTrade;
};

/** True when the year overlaps the period `from`–`to` (months, `YYYY-MM`). */
export const yearInPeriod = (year: number, from: string, to: string) =>
  year >= Number(from.slice(0, 4)) && year <= Number(to.slice(0, 4));

/** The middle of a year on the time axis. */
export const midYear = (year: number) => Date.UTC(year, 6, 1);

/** Annual trade rows to bars, for the years in the period. */
export function toAnnualRows(rows: readonly AnnualTrade[], from: string, to: string): AnnualRow[] {
  return rows
    .filter((row) => yearInPeriod(row.year, from, to))
    .map((row) => {
      const { exports, imports } = row;
      const split = exports && imports;
      return {
        year: row.year,
        x: midYear(row.year),
        exports: split ? exports.value : null,
        imports: split ? imports.value : null,
        unsplit: split ? null : row.total.value,
        total: row.total.value,
        source: row,
      };
    });
}

/** The figures behind a bar or a month, by series, for tooltips and tables. */
export type FigureKey = 'total' | 'exports' | 'imports';
export const figuresOf = (row: Record<FigureKey, Figure | null>): { key: FigureKey; figure: Figure }[] =>
  (['total', 'exports', 'imports'] as const).flatMap((key) => {
    const figure = row[key];
    return figure ? [{ key, figure }] : [];
  });

/** The year-on-year changes behind a bar or a month. */
export const changesOf = (row: {
  totalChangePct: ChangeFigure | null;
  exportsChangePct: ChangeFigure | null;
  importsChangePct: ChangeFigure | null;
}): { key: FigureKey; change: ChangeFigure }[] =>
  (['total', 'exports', 'imports'] as const).flatMap((key) => {
    const change = row[`${key}ChangePct`];
    return change ? [{ key, change }] : [];
  });

/** The 2022→2023 step the chart calls out, when both years are in view. */
export function stepOf(rows: readonly AnnualRow[]) {
  const before = rows.find((row) => row.year === 2022);
  const after = rows.find((row) => row.year === 2023);
  const change = after?.source.totalChangePct;
  return before && after && change ? { before, after, change } : undefined;
}

/** The chart's title: the 2023 step as reported, and the peak when a later year passed it. */
export function annualFinding(rows: readonly AnnualTrade[]): string | undefined {
  const year2023 = rows.find((row) => row.year === 2023);
  const change = year2023?.totalChangePct;
  if (!year2023 || !change) return undefined;
  const peak = rows.reduce((best, row) => (row.total.value > best.total.value ? row : best));
  const step = `Trade jumped ${formatChange(change.value, change.qualifier).replace('+', '')} to ${formatUsdBillionsRounded(year2023.total.value)} in 2023`;
  return peak.year === 2023
    ? `${step}, a record`
    : `${step}, then peaked at ${formatUsdBillionsRounded(peak.total.value)} in ${peak.year}`;
}

/** Years with a figure that is not plainly reported, for the chart's notes. */
export const yearsWithCaveats = (rows: readonly AnnualTrade[]) =>
  rows
    .filter((row) => figuresOf(row).some(({ figure }) => figure.status !== 'reported'))
    .map((row) => row.year);
