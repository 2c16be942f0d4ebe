import type { SanctionsEvent } from '@/api/schemas';
import { dayTime } from '@/lib/time';
import { formatMonthSpan } from '@/lib/time-span';

/** Events newest first; events of one day keep their order. */
export const newestFirst = (events: readonly SanctionsEvent[]): SanctionsEvent[] =>
  [...events].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));

/** A group's name, for its accessible name and heading: "12 sanctions events, Mar–Apr 2022". */
export function eventGroupName(events: readonly SanctionsEvent[]): string {
  const times = events.map((event) => dayTime(event.date));
  const span = times.length > 0 ? `, ${formatMonthSpan(Math.min(...times), Math.max(...times))}` : '';
  return `${events.length} sanctions ${events.length === 1 ? 'event' : 'events'}${span}`;
}

/** A group's hover text: its name, then the newest few events, one a line. */
export function eventGroupTitle(events: readonly SanctionsEvent[], listed = 5): string {
  const rest = events.length - listed;
  return [
    eventGroupName(events),
    ...newestFirst(events)
      .slice(0, listed)
      .map((event) => `${event.dateLabel}: ${event.title}`),
    ...(rest > 0 ? [`…and ${rest} more; the sanctions timeline lists them all.`] : []),
  ].join('\n');
}
