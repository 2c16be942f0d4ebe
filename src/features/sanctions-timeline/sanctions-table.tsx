import type { SanctionsEvent } from '@/api/schemas';
import { DataTable, type Column } from '@/components/data-table/data-table';
import { statusLabel } from '@/lib/format';
import { EventSources } from '@/features/sanctions-timeline/event-sources';
import {
  actorsText,
  eventDateText,
  kindsText,
  precisionNote,
} from '@/features/sanctions-timeline/event-text';

/** A caveat under a cell's value; allowed to wrap, unlike the table's first column. */
const caveat = (text: string | undefined) => text && <span className="sanctions-table__caveat">{text}</span>;

const columns: readonly Column<SanctionsEvent>[] = [
  {
    header: 'Date',
    cell: (event) => (
      <>
        {eventDateText(event)}
        {caveat(precisionNote(event))}
      </>
    ),
  },
  { header: 'Event', cell: (event) => event.title },
  { header: 'Actors', cell: (event) => actorsText(event.actors) },
  { header: 'Kinds', cell: (event) => kindsText(event.kinds) },
  {
    header: 'Status',
    cell: (event) => (
      <>
        {statusLabel[event.status]}
        {caveat(event.note)}
        {caveat(event.derivation && `Derived: ${event.derivation}`)}
      </>
    ),
  },
  { header: 'Sources', cell: (event) => <EventSources sourceIds={event.sourceIds} /> },
];

/** The timeline as a table: the same events the chart draws, in date order. */
export function SanctionsTable({ events }: { events: readonly SanctionsEvent[] }) {
  return (
    <DataTable
      caption={`Sanctions events shown, in date order (${events.length})`}
      columns={columns}
      rows={events}
      rowKey={(event) => event.id}
    />
  );
}
