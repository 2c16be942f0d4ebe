import type { SanctionsEvent } from '@/api/schemas';

/** A major reported US financial measure on `date`, titled `Event <id>`: a fixture for tests. */
export const testEvent = (id: string, date: string): SanctionsEvent => ({
  id,
  date,
  datePrecision: 'day',
  dateLabel: date,
  actors: ['US'],
  kinds: ['financial'],
  title: `Event ${id}`,
  summary: 'Summary.',
  major: true,
  status: 'reported',
  sourceIds: ['a-source'],
});
