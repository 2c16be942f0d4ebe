import type { AnnualTrade, ChangeFigure, Figure, PeriodTrade } from '@/api/schemas';
import { DataTable, type Column } from '@/components/data-table/data-table';
import { formatChange, formatUsdBillions, statusLabel } from '@/lib/format';
import { monthStart, formatMonth } from '@/lib/time';
import { figuresOf, yearInPeriod } from '@/features/trade-growth/to-annual-rows';
import { toMonthlyRows } from '@/features/trade-growth/to-monthly-rows';

const money = (figure: Figure | null) => (figure ? formatUsdBillions(figure.value, figure.qualifier) : '—');
const change = (figure: ChangeFigure | null) =>
  figure ? `${formatChange(figure.value, figure.qualifier)}${figure.basis === 'CNY' ? ' (yuan)' : ''}` : '—';
const statuses = (row: AnnualTrade | PeriodTrade) =>
  [...new Set(figuresOf(row).map(({ figure }) => statusLabel[figure.status]))].join(', ') || '—';

type TradeRow = AnnualTrade | PeriodTrade;
const figureColumns: Column<TradeRow>[] = [
  { header: 'Total, USD bn', cell: (row) => money(row.total), numeric: true },
  { header: 'China’s exports to Russia, USD bn', cell: (row) => money(row.exports), numeric: true },
  { header: 'China’s imports from Russia, USD bn', cell: (row) => money(row.imports), numeric: true },
  { header: 'Total change on a year earlier', cell: (row) => change(row.totalChangePct), numeric: true },
  { header: 'Exports change', cell: (row) => change(row.exportsChangePct), numeric: true },
  { header: 'Imports change', cell: (row) => change(row.importsChangePct), numeric: true },
  { header: 'Status', cell: statuses },
];

/** The annual chart's data, as a table. */
export function AnnualTable({ rows, from, to }: { rows: readonly AnnualTrade[]; from: string; to: string }) {
  return (
    <DataTable<AnnualTrade>
      caption="China–Russia goods trade by year, USD billions, Chinese customs basis"
      columns={[{ header: 'Year', cell: (row) => row.year }, ...figureColumns]}
      rows={rows.filter((row) => yearInPeriod(row.year, from, to))}
      rowKey={(row) => String(row.year)}
    />
  );
}

/** The monthly charts' data, as a table: the same months the charts draw. */
export function MonthlyTable({ rows, from, to }: { rows: readonly PeriodTrade[]; from: string; to: string }) {
  return (
    <DataTable<PeriodTrade>
      caption="China–Russia goods trade by month, USD billions; changes on the same month a year earlier"
      columns={[{ header: 'Month', cell: (row) => formatMonth(monthStart(row.start)) }, ...figureColumns]}
      rows={toMonthlyRows(rows, from, to).map((row) => row.source)}
      rowKey={(row) => row.id}
    />
  );
}
