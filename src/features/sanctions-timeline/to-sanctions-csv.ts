import type { SanctionsEvent } from '@/api/schemas';
import type { CsvTable } from '@/components/chart-frame/frame-tools';
import { actorLabel, kindStyle } from '@/lib/palette';

/** The events the timeline shows, for CSV. */
export const sanctionsCsv = (
  events: readonly SanctionsEvent[],
  sourceText: (ids: readonly string[]) => string,
): CsvTable => ({
  name: 'sanctions-events',
  header: [
    'date',
    'date precision',
    'date as published',
    'actors',
    'kinds',
    'title',
    'summary',
    'major',
    'status',
    'note',
    'sources',
  ],
  rows: events.map((event) => [
    event.date,
    event.datePrecision,
    event.dateLabel,
    event.actors.map((actor) => actorLabel[actor]).join('; '),
    event.kinds.map((kind) => kindStyle[kind].label).join('; '),
    event.title,
    event.summary,
    event.major ? 'yes' : 'no',
    event.status,
    [event.derivation, event.note].filter(Boolean).join(' ') || null,
    sourceText(event.sourceIds),
  ]),
});
