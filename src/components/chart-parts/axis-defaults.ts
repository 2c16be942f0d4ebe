import { axisTick } from '@/components/chart-parts/axis-tick';
import type { Ink } from '@/lib/palette';
import { formatYear, maxYearTicks, yearTicks } from '@/lib/time';

/** The tick labels: muted, 12 px, drawn without Recharts' text measuring (`axisTick`). */
const tickLabel = (ink: Ink) => axisTick({ fill: ink.muted, fontSize: 12 });

/**
 * Axis defaults shared by every chart, so all of them read alike. Both draw every tick they are
 * given (`interval: 0`): the ticks are few enough by construction, and Recharts' default
 * (`preserveEnd`) measures each label in the DOM to drop overlapping ones, a forced layout per label
 * on every draw.
 */
export const axisDefaults = {
  /**
   * The shared time x-axis: numeric UTC milliseconds over the period, a tick each January (every
   * other year, or fewer, when the plot is too narrow for them all). A chart that knows its plot's
   * width passes `plotPx`; the others go by the phone layout (`narrow`).
   */
  time: (domain: [number, number], ink: Ink, narrow = false, plotPx?: number) =>
    ({
      type: 'number',
      dataKey: 'x',
      scale: 'time',
      domain,
      ticks: yearTicks(domain, maxYearTicks(narrow, plotPx)),
      tickFormatter: formatYear,
      interval: 0,
      allowDataOverflow: true,
      tick: tickLabel(ink),
      tickLine: false,
      axisLine: { stroke: ink.grid },
    }) as const,

  /** The value y-axis: muted labels, no line; gridlines come from CartesianGrid. */
  value: (ink: Ink) =>
    ({
      tick: tickLabel(ink),
      tickLine: false,
      axisLine: false,
      interval: 0,
      width: 56,
    }) as const,

  /**
   * Horizontal gridlines only. Recharts works out where vertical gridlines would go even when they
   * are not drawn, measuring each x-axis label in the DOM to do so; here there are none to work out.
   */
  grid: (ink: Ink) =>
    ({
      vertical: false,
      stroke: ink.grid,
      verticalCoordinatesGenerator: () => [],
    }) as const,
};
