import { EventKind, type Actor, type SanctionsEvent } from '@/api/schemas';
import { dayTime, formatMonth, monthStart } from '@/lib/time';

/** Lanes from top to bottom: the sanctioning actors first, then the market's answers, then context. */
export const laneOrder: readonly Actor[] = ['US', 'EU', 'UK-G7', 'market', 'context'];

/** Actors whose decisions are sanctions measures; `market` and `context` events answer or frame them. */
export const sanctioningActors: ReadonlySet<Actor> = new Set(['US', 'EU', 'UK-G7']);
/** Kinds that make a sanctioning actor's event a measure. */
export const measureKinds: ReadonlySet<EventKind> = new Set([
  'financial',
  'export-control',
  'trade',
  'designation',
]);

/**
 * A measure is an event by the US, the EU or the UK/G7 of at least one sanctions kind. Kinds alone
 * would not do: market responses (a Chinese bank halting payments) also carry `financial`, yet they
 * answer sanctions rather than add to them. A joint measure counts once.
 */
export const isMeasure = (event: SanctionsEvent) =>
  event.actors.some((actor) => sanctioningActors.has(actor)) &&
  event.kinds.some((kind) => measureKinds.has(kind));

const byDate = (a: SanctionsEvent, b: SanctionsEvent) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/**
 * The events the filters select, in date order. The API already filters, but it reads an empty
 * list as "no filter"; here an empty list selects nothing, as the pressed-out buttons say.
 */
export const visibleEvents = (
  events: readonly SanctionsEvent[],
  actors: readonly Actor[],
  kinds: readonly EventKind[],
): SanctionsEvent[] =>
  events
    .filter(
      (event) => event.actors.some((a) => actors.includes(a)) && event.kinds.some((k) => kinds.includes(k)),
    )
    .sort(byDate);

/** The kind that colours and shapes an event: its first kind among those shown, so filters and glyphs agree. */
export const shownKind = (
  event: SanctionsEvent,
  kinds: readonly EventKind[] = EventKind.options,
): EventKind => event.kinds.find((kind) => kinds.includes(kind)) ?? event.kinds[0] ?? 'context';

/** One event in one lane of the timeline. */
export type TimelinePoint = {
  /** Unique per lane: an event with several actors has a point in each of their lanes. */
  key: string;
  x: number;
  /** The lane's index plus a small nudge, so events close in time do not hide one another. */
  y: number;
  lane: Actor;
  kind: EventKind;
  /** The event's point in its top lane: the one the keyboard and screen readers reach. */
  primary: boolean;
  event: SanctionsEvent;
};

/** Nudges tried in turn, in lane heights: on the lane first, then alternately above and below. */
const nudges = [0, -1, 1, -2, 2].map((step) => step * 0.22);

/**
 * Events to points, one per lane the event's actors have among `lanes`, in date order. Points in a
 * lane closer than `minGapMs` to an earlier one are nudged off the lane's line; the chart passes the
 * time a glyph's width covers at its current size.
 */
export function toTimelinePoints(
  events: readonly SanctionsEvent[],
  {
    lanes = laneOrder,
    kinds = EventKind.options,
    minGapMs = 0,
  }: {
    lanes?: readonly Actor[];
    kinds?: readonly EventKind[];
    minGapMs?: number;
  } = {},
): TimelinePoint[] {
  const lastXByLane = new Map<Actor, number[]>();
  const nudge = (lane: Actor, x: number) => {
    const lastX = lastXByLane.get(lane) ?? [];
    lastXByLane.set(lane, lastX);
    let level = nudges.findIndex((_, i) => lastX[i] === undefined || x - (lastX[i] ?? 0) >= minGapMs);
    // Every level is crowded: reuse the one that has been free the longest.
    if (level === -1) level = lastX.indexOf(Math.min(...lastX));
    lastX[level] = x;
    return nudges[level] ?? 0;
  };
  return [...events].sort(byDate).flatMap((event) => {
    const x = dayTime(event.date);
    const kind = shownKind(event, kinds);
    return lanes
      .filter((lane) => event.actors.includes(lane))
      .map((lane, i) => ({
        key: `${event.id}:${lane}`,
        x,
        y: lanes.indexOf(lane) + nudge(lane, x),
        lane,
        kind,
        primary: i === 0,
        event,
      }));
  });
}

/** One step of the cumulative pressure line. */
export type PressurePoint = { x: number; measures: number };

/**
 * The cumulative count of measures over the period, drawn as a step line: zero at the period's
 * start, a point at each event date, and the total carried to the period's end.
 */
export function toPressureSeries(
  events: readonly SanctionsEvent[],
  [start, end]: [number, number],
): PressurePoint[] {
  const inPeriod = events.filter((event) => dayTime(event.date) >= start && dayTime(event.date) <= end);
  const measureDates = inPeriod.filter(isMeasure).map((event) => event.date);
  const dates = [...new Set(inPeriod.map((event) => event.date))].sort();
  return [
    { x: start, measures: 0 },
    ...dates.map((date) => ({ x: dayTime(date), measures: measureDates.filter((d) => d <= date).length })),
    { x: end, measures: measureDates.length },
  ];
}

/** The month pressure is counted from in the title: the year of Russia's full-scale invasion. */
export const PRESSURE_SINCE = '2022-01';

const measuresText = (count: number) => `${count} sanctions ${count === 1 ? 'measure' : 'measures'}`;

/**
 * The chart's title, from the events shown: the measures since 2022 (or since the period's start,
 * when that is later, so the count never claims months the reader filtered out).
 */
export function timelineFinding(events: readonly SanctionsEvent[], from: string = PRESSURE_SINCE): string {
  const since = from > PRESSURE_SINCE ? from : PRESSURE_SINCE;
  const sinceText = since.endsWith('-01') ? since.slice(0, 4) : formatMonth(monthStart(since));
  const measures = events.filter(isMeasure);
  const recent = measures.filter((event) => event.date.slice(0, 7) >= since);
  if (recent.length === 0) {
    return measures.length === 0
      ? 'No sanctions measures in this selection'
      : `${measuresText(measures.length)} in this selection, none since ${sinceText}`;
  }
  const years = new Set(recent.map((event) => event.date.slice(0, 4)));
  // "Kept rising" needs measures in more than one year; a single year's batch is just a count.
  return years.size > 1
    ? `Sanctions pressure kept rising: ${recent.length} measures since ${sinceText}`
    : `${measuresText(recent.length)} since ${sinceText}`;
}
