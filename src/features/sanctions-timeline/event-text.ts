import type { Actor, EventKind, SanctionsEvent } from '@/api/schemas';
import { formatDate } from '@/lib/format';
import { actorLabel, kindStyle } from '@/lib/palette';

/** Lane labels that fit a phone-width axis; the long ones come from `actorLabel`. */
export const actorShortLabel = {
  US: 'US',
  EU: 'EU',
  'UK-G7': 'UK/G7',
  market: 'Market',
  context: 'Context',
} as const satisfies Record<Actor, string>;

/**
 * The date as the source gives it, with ISO days spelled out: "31 Jul 2014 (in force 1 Aug 2014)",
 * "June 2023", "16–17 May 2024". The label is kept rather than `date` because it carries ranges and
 * vagueness that `date` (a single day) cannot.
 */
export const eventDateText = (event: SanctionsEvent) =>
  event.dateLabel.replace(/\d{4}-\d{2}-\d{2}/g, (iso) => formatDate(iso));

/** Warns that a month or season date is not a day, and says where it is drawn. */
export const precisionNote = (event: SanctionsEvent) =>
  event.datePrecision === 'day'
    ? undefined
    : `Known only to the ${event.datePrecision}; drawn at ${formatDate(event.date)}.`;

export const actorsText = (actors: readonly Actor[]) => actors.map((actor) => actorLabel[actor]).join(', ');

export const kindsText = (kinds: readonly EventKind[]) =>
  kinds.map((kind) => kindStyle[kind].label).join(', ');
