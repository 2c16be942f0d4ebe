import { createLTTB } from 'downsample';

/** How to read a series' points, and how many of them the plot can show. */
export type DownsampleOptions<P> = {
  /** Position on the axis (UTC milliseconds on the time axis). */
  x: (point: P) => number;
  /** The value whose shape the drawn points must keep. */
  y: (point: P) => number;
  /** The axis span the plot shows, in `x` units. */
  domain: readonly [number, number];
  /** Points the plot can show apart: its width over the pixels one point needs. */
  maxPoints: number;
  /** Neighbours farther apart than this (in `x` units) are a gap; by default four points' room. */
  maxGap?: number;
  /** Points drawn whatever the density: published ranges, a called-out figure. */
  keep?: (point: P) => boolean;
};

/**
 * Thins a series, ordered by `x`, to the points a plot can show, with largest-triangle-three-buckets
 * (LTTB): each stretch keeps its first and last point and the ones that best hold its shape. A
 * series that fits is returned as it is, so normal data draws exactly as before.
 *
 * Gaps stay gaps: each run between gaps is thinned on its own, so both points beside a gap are kept
 * and nothing is drawn that suggests data inside it. Points to `keep` split runs the same way. The
 * result holds the original point objects, so tooltips still read their exact values.
 */
export function downsampleRuns<P>(points: readonly P[], options: DownsampleOptions<P>): readonly P[] {
  const { x, y, domain, maxPoints, keep } = options;
  if (points.length <= Math.max(2, maxPoints)) return points;
  const perPoint = (domain[1] - domain[0]) / Math.max(1, maxPoints);
  const maxGap = options.maxGap ?? 4 * perPoint;
  const lttb = createLTTB<P>({ x: (point) => x(point), y: (point) => y(point) });

  const out: P[] = [];
  const flush = (start: number, end: number) => {
    const run = points.slice(start, end + 1);
    const first = run[0];
    const last = run.at(-1);
    if (first === undefined || last === undefined) return;
    const room = Math.max(2, Math.floor((x(last) - x(first)) / perPoint) + 1);
    const drawn = run.length <= room ? run : room < 3 ? [first, last] : Array.from(lttb(run, room));
    // The library can drop a run's last point: a target of two, or a float bucket edge, makes it
    // return the one before. The last bucket holds only that point, so putting it back is exact.
    if (drawn !== run) drawn[drawn.length - 1] = last;
    for (let i = 0; i < drawn.length; i += 1) {
      const point = drawn[i] as P;
      // A kept point ends one stretch and starts the next; draw it once.
      if (i === 0 && out.at(-1) === point) continue;
      out.push(point);
    }
  };

  let start = 0;
  for (let i = 1; i < points.length; i += 1) {
    const previous = points[i - 1] as P;
    const point = points[i] as P;
    if (x(point) - x(previous) > maxGap) {
      flush(start, i - 1);
      start = i;
    } else if (keep?.(point) && i < points.length - 1) {
      flush(start, i);
      start = i;
    }
  }
  flush(start, points.length - 1);
  return out;
}
