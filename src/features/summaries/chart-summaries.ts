import type { AnnualTrade, PeriodTrade, SanctionsEvent, SettlementObservation } from '@/api/schemas';
import { formatMonth, monthStart } from '@/lib/time';
import { formatUsdBillions } from '@/lib/format';
import { isMeasure } from '@/features/sanctions-timeline/to-timeline-rows';
import { toSettlementRows } from '@/features/settlement-share/to-settlement-rows';
import { yearInPeriod } from '@/features/trade-growth/to-annual-rows';
import { toMonthlyRows } from '@/features/trade-growth/to-monthly-rows';

/*
 * One sentence per chart saying what it draws, for screen readers: with the Table view, the
 * chart's text alternative. Written from the rows the chart shows.
 */

export function annualSummary(rows: readonly AnnualTrade[], from: string, to: string): string {
  const shown = rows.filter((row) => yearInPeriod(row.year, from, to));
  const first = shown[0];
  const last = shown.at(-1);
  if (!first || !last)
    return 'Bar chart of China–Russia goods trade by year; no year falls in the chosen period.';
  const peak = shown.reduce((best, row) => (row.total.value > best.total.value ? row : best), first);
  return `Bar chart of China–Russia goods trade by year, ${String(first.year)}–${String(last.year)}: ${formatUsdBillions(first.total.value)} in ${String(first.year)}, a peak of ${formatUsdBillions(peak.total.value)} in ${String(peak.year)}, and ${formatUsdBillions(last.total.value)} in ${String(last.year)}; bars split into China’s exports and imports where published.`;
}

export function monthlySummary(
  rows: readonly PeriodTrade[],
  from: string,
  to: string,
  change: boolean,
): string {
  const months = toMonthlyRows(rows, from, to);
  const first = months[0];
  const last = months.at(-1);
  const what = change ? 'year-on-year changes in China–Russia goods trade' : 'China–Russia goods trade';
  if (!first || !last)
    return `Chart of monthly ${what}; no month with a published figure falls in the period.`;
  return `Chart of monthly ${what}: ${String(months.length)} months with published figures from ${formatMonth(monthStart(first.month))} to ${formatMonth(monthStart(last.month))}; months without a figure are left as gaps.`;
}

export function settlementSummary(
  rows: readonly SettlementObservation[],
  from: string,
  to: string,
  view: 'bilateral' | 'russia',
): string {
  const { statements, breakdowns, russia } = toSettlementRows(rows, from, to);
  if (view === 'russia') {
    return `Chart of the yuan’s share of Russia’s settlements with all partners (Bank of Russia): ${String(russia.exports.length)} points for exports and ${String(russia.imports.length)} for imports, not joined.`;
  }
  return `Chart of ${String(statements.length)} published shares of China–Russia trade settled in rubles and yuan, each a separate point, and ${String(breakdowns.length)} published breakdowns by currency as 100% columns.`;
}

export function sanctionsSummary(events: readonly SanctionsEvent[]): string {
  const measures = events.filter(isMeasure).length;
  return `Timeline of ${String(events.length)} sanctions events in lanes by actor, shaped and coloured by kind, with a line counting ${String(measures)} measures by the US, the EU and the UK/G7.`;
}
