import { ScreenOnly } from '@/components/chart-frame/chart-frame';
import type { SanctionsEvent } from '@/api/schemas';
import { actorLabel, kindStyle } from '@/lib/palette';
import { measureKinds, sanctioningActors } from '@/features/sanctions-timeline/to-timeline-rows';

const listText = (items: readonly string[]) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1) ?? ''}`;

/** Vague dates the notes spell out; beyond this many they are counted. */
const NAMED_DATES = 8;

const vagueDatesText = (vague: readonly SanctionsEvent[]) => {
  const named = vague.slice(0, NAMED_DATES).map((event) => event.dateLabel);
  const rest = vague.length - named.length;
  return rest > 0 ? `${named.join('; ')}; and ${rest} more` : named.join('; ');
};

/** How the pressure line counts, and which dates and details are less firm than they look. */
export function TimelineNotes({ events }: { events: readonly SanctionsEvent[] }) {
  const vague = events.filter((event) => event.datePrecision !== 'day');
  const caveated = events.filter((event) => event.note !== undefined || event.status !== 'reported');
  const actors = listText([...sanctioningActors].map((actor) => actorLabel[actor]));
  const kinds = listText([...measureKinds].map((kind) => kindStyle[kind].label.toLowerCase()));
  return (
    <>
      <p>
        The line counts measures — events by the {actors} of a {kinds} kind — from zero at the start of the
        period; a joint measure counts once. Market responses and context events are drawn but not counted.
      </p>
      {vague.length > 0 && (
        <p>
          {vague.length === 1 ? 'One event is' : `${vague.length} events are`} dated only to a month or a
          season ({vagueDatesText(vague)}) and drawn at its first day.
        </p>
      )}
      {caveated.length > 0 && (
        <p>
          {caveated.length === 1 ? 'One event has' : `${caveated.length} events have`} an unconfirmed or
          weakly sourced detail<ScreenOnly>; open an event to read its caveat</ScreenOnly>.
        </p>
      )}
    </>
  );
}
