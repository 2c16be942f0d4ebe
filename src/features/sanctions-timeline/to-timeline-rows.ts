import type { SanctionsEvent } from '@/api/schemas';
import { eventKinds, type Actor, type EventKind } from '@/api/vocabulary';
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
export const shownKind = (event: SanctionsEvent, kinds: readonly EventKind[] = eventKinds): EventKind =>
  event.kinds.find((kind) => kinds.includes(kind)) ?? event.kinds[0] ?? 'context';

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

/**
 * Events that share one small stretch of a lane, drawn as one glyph with their count: more of them
 * than can sit side by side. Only very dense data has bins.
 */
export type TimelineBin = {
  /** Unique per lane and stretch. */
  key: string;
  /** The middle of the stretch, so neighbouring bins keep their distance. */
  x: number;
  /** The lane's index plus a nudge, as for points. */
  y: number;
  lane: Actor;
  /** The kind every event in the bin is drawn as, or null for a mix of kinds. */
  kind: EventKind | null;
  /** Holds some event's point in its top lane, so the keyboard and screen readers reach the bin. */
  primary: boolean;
  /** The events, in date order. */
  events: SanctionsEvent[];
};

/** A glyph on the timeline: one event, or a bin of many. */
export type TimelineMark = TimelinePoint | TimelineBin;

export const isBin = (mark: TimelineMark): mark is TimelineBin => 'events' in mark;

/** Nudges tried in turn, in lane heights: on the lane first, then alternately above and below. */
const nudges = [0, -1, 1, -2, 2].map((step) => step * 0.22);

/**
 * Events one stretch of a lane may hold and still be drawn one by one when the lanes are full
 * (`needsBins`): two sit side by side with one nudge; three or more in a bin's width would pile up.
 */
export const MAX_LOOSE = 2;

/**
 * Events one stretch of a lane may hold and still be drawn one by one otherwise: a pile of more
 * than twice the nudge levels (many events dated to the same month, say) is a bin whatever the
 * rest of the chart. The real data never comes near: at most 9, on a plot 120 pixels wide.
 */
export const MAX_PILE = 12;

/**
 * True when the lanes cannot hold the events' glyphs side by side: more lane points than
 * `plotPx / glyphPx` per lane. Only then do stretches of more than `MAX_LOOSE` become bins, so the
 * real data (a few dozen events) is drawn point by point at any width, and a hundred times as
 * many are not.
 */
export function needsBins(
  events: readonly SanctionsEvent[],
  lanes: readonly Actor[],
  plotPx: number,
  glyphPx: number,
): boolean {
  let points = 0;
  for (const event of events) points += event.actors.filter((actor) => lanes.includes(actor)).length;
  return points * glyphPx > lanes.length * plotPx;
}

/**
 * How to bin dense stretches: the axis, the time one bin covers (a bin's width in pixels), and the
 * events a stretch of a lane may hold before they become a bin (`MAX_LOOSE` or `MAX_PILE`).
 */
export type Binning = { domain: readonly [number, number]; binMs: number; maxLoose: number };

type Options = {
  lanes?: readonly Actor[];
  kinds?: readonly EventKind[];
  minGapMs?: number;
  /** When given, stretches holding more than `binning.maxLoose` events of one lane become bins. */
  binning?: Binning;
};

/**
 * Where a bin is drawn: the middle of its stretch, kept half a bin inside the axis so its pill does
 * not run into the axis labels.
 */
function binMiddle({ domain: [start, end], binMs }: Binning, x: number): number {
  if (end - start <= binMs) return (start + end) / 2;
  const middle = start + (Math.floor((x - start) / binMs) + 0.5) * binMs;
  return Math.min(end - binMs / 2, Math.max(start + binMs / 2, middle));
}

/**
 * Events to marks, one per lane the event's actors have among `lanes`, in date order. Marks in a
 * lane closer than `minGapMs` to an earlier one are nudged off the lane's line; the chart passes the
 * time a glyph's width covers at its current size. With `binning`, the events of a lane that fall
 * in one stretch of `binMs` are drawn as one bin when they are more than `maxLoose`; sparser
 * stretches keep their points, so the real data draws exactly as without it.
 */
export function toTimelineMarks(
  events: readonly SanctionsEvent[],
  { lanes = laneOrder, kinds = eventKinds, minGapMs = 0, binning }: Options = {},
): TimelineMark[] {
  const entries = [...events].sort(byDate).flatMap((event) => {
    const x = dayTime(event.date);
    const kind = shownKind(event, kinds);
    return lanes
      .filter((lane) => event.actors.includes(lane))
      .map((lane, i) => ({ event, lane, x, kind, primary: i === 0 }));
  });
  const stretchOf = (lane: Actor, x: number) =>
    binning ? `${lane}:${Math.floor((x - binning.domain[0]) / binning.binMs)}` : '';
  const perStretch = new Map<string, number>();
  if (binning) {
    for (const { lane, x } of entries) {
      const stretch = stretchOf(lane, x);
      perStretch.set(stretch, (perStretch.get(stretch) ?? 0) + 1);
    }
  }

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

  const marks: TimelineMark[] = [];
  const bins = new Map<string, TimelineBin>();
  for (const { event, lane, x, kind, primary } of entries) {
    const stretch = stretchOf(lane, x);
    if (!binning || (perStretch.get(stretch) ?? 0) <= binning.maxLoose) {
      marks.push({
        key: `${event.id}:${lane}`,
        x,
        y: lanes.indexOf(lane) + nudge(lane, x),
        lane,
        kind,
        primary,
        event,
      });
      continue;
    }
    const open = bins.get(stretch);
    if (open) {
      open.events.push(event);
      open.primary ||= primary;
      if (open.kind !== kind) open.kind = null;
      continue;
    }
    const middle = binMiddle(binning, x);
    const bin: TimelineBin = {
      key: `bin:${stretch}`,
      x: middle,
      y: lanes.indexOf(lane) + nudge(lane, middle),
      lane,
      kind,
      primary,
      events: [event],
    };
    bins.set(stretch, bin);
    marks.push(bin);
  }
  return marks;
}

/** Events to points, one per lane, never binned: `toTimelineMarks` without `binning`. */
export const toTimelinePoints = (
  events: readonly SanctionsEvent[],
  options: Omit<Options, 'binning'> = {},
): TimelinePoint[] => toTimelineMarks(events, options).filter((mark): mark is TimelinePoint => !isBin(mark));

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
  const measuresOn = new Map<string, number>();
  for (const event of inPeriod) {
    measuresOn.set(event.date, (measuresOn.get(event.date) ?? 0) + (isMeasure(event) ? 1 : 0));
  }
  // One running total over the dates in order: thousands of events stay one quick pass.
  let measures = 0;
  const steps = [...measuresOn.keys()].sort().map((date) => {
    measures += measuresOn.get(date) ?? 0;
    return { x: dayTime(date), measures };
  });
  return [{ x: start, measures: 0 }, ...steps, { x: end, measures }];
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
