import type { SettlementObservation } from '@/api/schemas';
import { DataTable, type Column } from '@/components/data-table/data-table';
import { formatShare, statusLabel } from '@/lib/format';
import { publishersOf, usePublisher } from '@/api/use-publisher';
import { seriesName } from '@/features/settlement-share/to-settlement-rows';

/** The observations a settlement view draws, as an accessible table. */
export function SettlementTable({
  rows,
  caption,
}: {
  rows: readonly SettlementObservation[];
  caption: string;
}) {
  const publisher = usePublisher();
  const columns: Column<SettlementObservation>[] = [
    { header: 'Period', cell: (row) => row.label },
    { header: 'Series', cell: (row) => seriesName[row.series] },
    { header: 'Share', cell: (row) => formatShare(row.value, row.qualifier, row.high), numeric: true },
    {
      header: 'Said by',
      cell: (row) => (row.speaker ? [row.speaker, row.speakerRole].filter(Boolean).join(', ') : '—'),
    },
    { header: 'Status', cell: (row) => statusLabel[row.status] },
    { header: 'Source', cell: (row) => publishersOf(row.sourceIds, publisher) },
  ];
  return <DataTable caption={caption} columns={columns} rows={rows} rowKey={(row) => row.id} />;
}
