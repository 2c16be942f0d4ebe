import { downsampleRuns } from '@/lib/downsample';
import type { SettlementPoint } from '@/features/settlement-share/to-settlement-rows';

/** Pixels of plot width one drawn point needs: denser series are thinned for drawing. */
export const PX_PER_POINT = 3;

/**
 * The points of one series worth drawing on a plot `plotPx` wide: all of them when they fit, else
 * an LTTB selection that keeps every published range and the called-out figure. The table, the
 * CSV and the tooltips still carry every figure exactly; only the drawing is thinned.
 */
export function pointsToDraw(
  points: readonly SettlementPoint[],
  domain: readonly [number, number],
  plotPx: number,
  callout?: SettlementPoint,
): readonly SettlementPoint[] {
  return downsampleRuns(points, {
    x: (point) => point.x,
    y: (point) => point.y,
    domain,
    maxPoints: Math.floor(plotPx / PX_PER_POINT),
    keep: (point) => point === callout || point.observation.qualifier === 'range',
  });
}

/**
 * The points that may carry a direct label when a series was thinned: its latest, first, highest
 * and lowest. At normal density every point may (the label placer then leaves out what would
 * overlap); at a hundred times that, trying them all would fill the plot with figures no one can
 * read, and cost more than drawing the chart.
 */
export function pointsToLabel(points: readonly SettlementPoint[]): SettlementPoint[] {
  if (points.length === 0) return [];
  const by = (better: (a: SettlementPoint, b: SettlementPoint) => boolean) =>
    points.reduce((best, point) => (better(point, best) ? point : best));
  const chosen = [
    by((a, b) => a.x > b.x),
    by((a, b) => a.x < b.x),
    by((a, b) => a.y > b.y),
    by((a, b) => a.y < b.y),
  ];
  return [...new Set(chosen)];
}
