import { useChartHeight } from '@/components/chart-parts/chart-layout';
import { memo } from 'react';
import {
  CartesianGrid,
  ComposedChart,
  Line,
  ResponsiveContainer,
  Scatter,
  XAxis,
  YAxis,
  type ScatterShapeProps,
} from 'recharts';
import { axisDefaults } from '@/components/chart-parts/axis-defaults';
import { axisTick } from '@/components/chart-parts/axis-tick';
import { DrawWhenNear } from '@/components/chart-parts/draw-when-near';
import type { WidthProbe } from '@/components/chart-parts/use-chart-width';
import type { Actor } from '@/api/schemas';
import { actorLabel, chartInk, type ResolvedTheme } from '@/lib/palette';
import { actorShortLabel } from '@/features/sanctions-timeline/event-text';
import {
  TimelineBinGlyph,
  TimelinePointGlyph,
  type Pointed,
} from '@/features/sanctions-timeline/timeline-point';
import {
  isBin,
  type PressurePoint,
  type TimelineBin,
  type TimelineMark,
} from '@/features/sanctions-timeline/to-timeline-rows';

/** Fixed axis and margin sizes, so the parent can work out the plot's width for nudging. */
export const plotLayout = {
  margin: { top: 12, right: 4, bottom: 4, left: 0 },
  laneAxis: { narrow: 56, wide: 120 },
  pressureAxis: 44,
  timeAxis: 30,
  lane: 52,
  /** Matches the frame body's minimum height, less the axis and margins. */
  minPlot: 274,
} as const;

/**
 * The chart's height for a number of lanes: lanes share at least the frame's usual chart height
 * (so a filtered chart does not shrink to a strip), and each keeps a minimum height beyond that.
 */
export const plotHeight = (laneCount: number) =>
  plotLayout.margin.top +
  plotLayout.margin.bottom +
  plotLayout.timeAxis +
  Math.max(plotLayout.minPlot, laneCount * plotLayout.lane);

type TimelinePlotProps = {
  points: readonly TimelineMark[];
  pressure: readonly PressurePoint[];
  lanes: readonly Actor[];
  domain: [number, number];
  narrow: boolean;
  /** The plot's width in pixels, between the axes: it sets how many year ticks fit. */
  plotPx: number;
  theme: ResolvedTheme;
  /** Reports the chart's width to the parent (`useChartWidth`). */
  widthProbe: WidthProbe;
  onPoint: (pointed: Pointed | null) => void;
  onOpen: (eventId: string) => void;
  onOpenBin: (bin: TimelineBin) => void;
};

/**
 * The Recharts part of the timeline. Memoised on purpose: Recharts remounts every Scatter point
 * when the chart re-renders with new axis or series props (its animation key follows them), which
 * would drop keyboard focus and hover on every tooltip change. Its props only change with the
 * data, the filters, the theme or the size.
 */
export const TimelinePlot = memo(function TimelinePlot({
  points,
  pressure,
  lanes,
  domain,
  narrow,
  plotPx,
  theme,
  widthProbe,
  onPoint,
  onOpen,
  onOpenBin,
}: TimelinePlotProps) {
  const ink = chartInk[theme];
  const { margin } = plotLayout;
  const height = useChartHeight(plotHeight(lanes.length));
  const laneName = narrow ? actorShortLabel : actorLabel;
  const shape = ({ index, cx, cy }: ScatterShapeProps) => {
    const point = points[index];
    if (!point || cx === undefined || cy === undefined) return <g />;
    if (isBin(point))
      return (
        <TimelineBinGlyph bin={point} cx={cx} cy={cy} theme={theme} onPoint={onPoint} onOpenBin={onOpenBin} />
      );
    return (
      <TimelinePointGlyph point={point} cx={cx} cy={cy} theme={theme} onPoint={onPoint} onOpen={onOpen} />
    );
  };

  return (
    <DrawWhenNear height={height}>
      <ResponsiveContainer width="100%" height={height} {...widthProbe}>
        <ComposedChart margin={margin} accessibilityLayer={false}>
          <CartesianGrid {...axisDefaults.grid(ink)} yAxisId="lanes" />
          <XAxis {...axisDefaults.time(domain, ink, narrow, plotPx)} height={plotLayout.timeAxis} />
          {/* Numeric rather than categorical: lanes keep their order and place even when empty. */}
          <YAxis
            yAxisId="lanes"
            type="number"
            dataKey="y"
            domain={[-0.5, lanes.length - 0.5]}
            allowDataOverflow
            reversed
            ticks={lanes.map((_, i) => i)}
            interval={0}
            tickFormatter={(i: number) => {
              const lane = lanes[i];
              return lane ? laneName[lane] : '';
            }}
            width={narrow ? plotLayout.laneAxis.narrow : plotLayout.laneAxis.wide}
            tick={axisTick({ fill: ink.text, fontSize: narrow ? 11 : 12 })}
            tickLine={false}
            axisLine={false}
          />
          <YAxis
            yAxisId="pressure"
            orientation="right"
            type="number"
            domain={[0, 'auto']}
            allowDecimals={false}
            interval={0}
            width={plotLayout.pressureAxis}
            tick={axisTick({ fill: ink.muted, fontSize: 11 })}
            tickLine={false}
            axisLine={false}
            label={{
              value: 'measures, cumulative',
              angle: 90,
              position: 'insideRight',
              fill: ink.muted,
              fontSize: 11,
            }}
          />
          <Line
            yAxisId="pressure"
            data={pressure}
            dataKey="measures"
            name="Measures, cumulative"
            type="stepAfter"
            dot={false}
            activeDot={false}
            stroke={ink.muted}
            strokeWidth={1.5}
            isAnimationActive={false}
          />
          <Scatter yAxisId="lanes" data={points} shape={shape} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </DrawWhenNear>
  );
});
