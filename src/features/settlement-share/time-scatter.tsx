import { memo, useMemo } from 'react';
import { CartesianGrid, ErrorBar, ResponsiveContainer, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import { ChartTooltip, DrawWhenNear } from '@/components/chart-parts/draw-when-near';
import { axisDefaults } from '@/components/chart-parts/axis-defaults';
import { eventMarkers } from '@/components/chart-parts/event-markers';
import { useMarkerEvents } from '@/components/chart-parts/use-marker-events';
import { chartInk, type ResolvedTheme } from '@/lib/palette';
import { useNarrow } from '@/lib/use-narrow';
import { useChartHeight } from '@/components/chart-parts/chart-layout';
import { useChartWidth } from '@/components/chart-parts/use-chart-width';
import { useResolvedTheme } from '@/lib/use-resolved-theme';
import { useHoveredEventId, useViewActions } from '@/store/view-store';
import { PointLabels } from '@/features/settlement-share/point-labels';
import type { Look } from '@/features/settlement-share/series-looks';
import { ObservationTooltip } from '@/features/settlement-share/settlement-tooltip';
import { pointsToDraw, pointsToLabel } from '@/features/settlement-share/thin-points';
import type { SettlementPoint } from '@/features/settlement-share/to-settlement-rows';

/** One series of lone points. */
export type PointSeries = { key: string; points: readonly SettlementPoint[]; look: Look };

/** Left and right margins and the value axis, so the plot's width follows from the chart's. */
const MARGIN = { top: 24, right: 12, bottom: 0, left: 0 };
const VALUE_AXIS_PX = 56;
/** Assumed until the chart is measured. */
const INITIAL_WIDTH_PX = 800;

/**
 * A point's spans for its error bars in a thinned series, where a single-day figure's zero spans
 * would add five invisible lines per point (a few thousand elements at a hundred times the data).
 */
const xSpanIfAny = ({ xSpan }: SettlementPoint) => (xSpan[0] === 0 && xSpan[1] === 0 ? undefined : xSpan);
const ySpanIfAny = ({ ySpan }: SettlementPoint) => (ySpan[0] === 0 && ySpan[1] === 0 ? undefined : ySpan);

/** The hovered point, found among ours whether Recharts hands over the row or a wrapper of it. */
function findPoint(value: unknown, series: readonly PointSeries[]) {
  for (const { points, look } of series) {
    const point = points.find((p) => p === value);
    if (point) return { point, look };
  }
  if (typeof value === 'object' && value !== null && 'payload' in value) {
    const inner: unknown = value.payload;
    if (inner !== value) return findPoint(inner, series);
  }
  return undefined;
}

/**
 * The sanctions markers, in a component of their own so that hovering an event redraws them and
 * not the points.
 */
function SanctionsMarkers({ theme }: { theme: ResolvedTheme }) {
  const events = useMarkerEvents();
  const hoveredId = useHoveredEventId();
  const { eventHovered } = useViewActions();
  return eventMarkers({ events, theme, hoveredId, onHover: eventHovered });
}

/**
 * Published shares as lone points on the shared time axis, with the sanctions markers. Points are
 * never joined: the figures are sparse statements, and a line would invent the months between.
 * A thin span shows the days a figure describes; a short upright bar, a published range. A series
 * denser than the plot can show is thinned for drawing (`pointsToDraw`); the tooltip of a drawn
 * point still shows its exact figure. Memoised: its parents pass props that change only with the
 * data, the period, the legend or the theme.
 */
export const TimeScatter = memo(function TimeScatter({
  series,
  domain,
  yTicks,
  callout,
  calloutTexts,
  testId,
}: {
  series: readonly PointSeries[];
  domain: [number, number];
  yTicks: readonly number[];
  callout?: SettlementPoint | undefined;
  calloutTexts?: readonly string[];
  testId: string;
}) {
  const theme = useResolvedTheme();
  const ink = chartInk[theme];
  const narrow = useNarrow();
  const height = useChartHeight(narrow ? 280 : 320);
  const { width, probe } = useChartWidth();
  const plotPx = Math.max(1, (width || INITIAL_WIDTH_PX) - VALUE_AXIS_PX - MARGIN.left - MARGIN.right);
  const drawn = useMemo(
    () =>
      series.map((one) => {
        const points = pointsToDraw(one.points, domain, plotPx, callout);
        return { ...one, points: [...points], thinned: points !== one.points };
      }),
    [series, domain, plotPx, callout],
  );
  const labelled = useMemo(
    () => drawn.flatMap(({ points, thinned }) => (thinned ? pointsToLabel(points) : points)),
    [drawn],
  );
  const obstacles = useMemo(() => drawn.flatMap(({ points }) => points), [drawn]);
  const top = yTicks.at(-1) ?? 100;

  return (
    <div className="chart-canvas" data-testid={testId}>
      <DrawWhenNear height={height}>
        <ResponsiveContainer width="100%" height={height} {...probe}>
          <ScatterChart margin={MARGIN}>
            <CartesianGrid {...axisDefaults.grid(ink)} />
            <XAxis {...axisDefaults.time(domain, ink, narrow, plotPx)} />
            <YAxis
              {...axisDefaults.value(ink)}
              type="number"
              dataKey="y"
              domain={[0, top]}
              allowDataOverflow
              ticks={[...yTicks]}
              tickFormatter={(v: number) => `${v}%`}
            />
            <SanctionsMarkers theme={theme} />
            <ChartTooltip
              isAnimationActive={false}
              cursor={false}
              content={({ active, payload }) => {
                const found = active ? findPoint(payload[0]?.payload, drawn) : undefined;
                return found ? (
                  <ObservationTooltip observation={found.point.observation} look={found.look} />
                ) : null;
              }}
            />
            {drawn.map(({ key, points, look, thinned }) => (
              <Scatter
                key={key}
                name={look.label}
                data={points}
                fill={look.color}
                shape={look.shape}
                isAnimationActive={false}
              >
                <ErrorBar
                  dataKey={thinned ? xSpanIfAny : 'xSpan'}
                  direction="x"
                  width={0}
                  stroke={look.color}
                  strokeOpacity={0.6}
                  isAnimationActive={false}
                />
                <ErrorBar
                  dataKey={thinned ? ySpanIfAny : 'ySpan'}
                  direction="y"
                  width={6}
                  stroke={look.color}
                  isAnimationActive={false}
                />
              </Scatter>
            ))}
            <PointLabels
              points={labelled}
              obstacles={obstacles}
              callout={callout}
              calloutTexts={calloutTexts}
              ink={ink}
            />
          </ScatterChart>
        </ResponsiveContainer>
      </DrawWhenNear>
    </div>
  );
});
