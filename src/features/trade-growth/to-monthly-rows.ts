import type { PeriodTrade } from '@/api/schemas';
import { formatMonth, monthEnd, monthMid, monthStart } from '@/lib/time';

/** One month on the monthly charts. Null values are gaps: nothing is interpolated. */
export type MonthlyRow = {
  month: string;
  x: number;
  exports: number | null;
  imports: number | null;
  /** The total, drawn as one bar, for months with no published split. */
  unsplit: number | null;
  total: number | null;
  exportsChange: number | null;
  importsChange: number | null;
  /** True when a change is in yuan terms rather than dollars. */
  exportsChangeInYuan: boolean;
  importsChangeInYuan: boolean;
  source: PeriodTrade;
};

/** The single-month rows in the period (year-to-date totals are left to the table of sources). */
export function toMonthlyRows(rows: readonly PeriodTrade[], from: string, to: string): MonthlyRow[] {
  return rows
    .filter((row) => row.kind === 'month' && row.start >= from && row.start <= to)
    .sort((a, b) => a.start.localeCompare(b.start))
    .map((row) => {
      const { exports, imports } = row;
      const split = exports && imports;
      return {
        month: row.start,
        x: monthMid(row.start),
        exports: split ? exports.value : null,
        imports: split ? imports.value : null,
        unsplit: split ? null : (row.total?.value ?? null),
        total: row.total?.value ?? null,
        exportsChange: row.exportsChangePct?.value ?? null,
        importsChange: row.importsChangePct?.value ?? null,
        exportsChangeInYuan: row.exportsChangePct?.basis === 'CNY',
        importsChangeInYuan: row.importsChangePct?.basis === 'CNY',
        source: row,
      };
    });
}

/** The month the story marks: March 2024, the first year-on-year fall in China's exports since 2022. */
export const MARKED_MONTH = '2024-03';

export const markedMonth = (rows: readonly MonthlyRow[]) => rows.find((row) => row.month === MARKED_MONTH);

/** The monthly views' title: the marked month's fall in China's exports, as published. */
export function monthlyFinding(rows: readonly PeriodTrade[]): string | undefined {
  const row = rows.find((r) => r.kind === 'month' && r.start === MARKED_MONTH);
  const change = row?.exportsChangePct;
  if (!row || !change || change.value >= 0) return undefined;
  const size = `${change.qualifier === 'exact' ? '' : 'about '}${Math.abs(change.value)}%`;
  return `China’s exports to Russia fell ${size} year on year in ${formatMonth(monthStart(row.start))}`;
}

/**
 * The monthly charts' time domain: the period, trimmed to the months that have figures, so a
 * period reaching back before monthly data starts (2023) does not squeeze the bars into a corner.
 */
export function monthlyDomain(rows: readonly MonthlyRow[], from: string, to: string): [number, number] {
  const firstYear = `${(rows[0]?.month ?? from).slice(0, 4)}-01`;
  const lastYear = `${(rows.at(-1)?.month ?? to).slice(0, 4)}-12`;
  return [monthStart(firstYear > from ? firstYear : from), monthEnd(lastYear < to ? lastYear : to)];
}
