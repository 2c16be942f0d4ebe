import {
  CartesianGrid,
  ErrorBar,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { axisDefaults } from '@/components/chart-parts/axis-defaults';
import { eventMarkers } from '@/components/chart-parts/event-markers';
import { useMarkerEvents } from '@/components/chart-parts/use-marker-events';
import { chartInk } from '@/lib/palette';
import { useNarrow } from '@/lib/use-narrow';
import { useChartHeight } from '@/components/chart-parts/chart-layout';
import { useResolvedTheme } from '@/lib/use-resolved-theme';
import { useHoveredEventId, useViewActions } from '@/store/view-store';
import { PointLabels } from '@/features/settlement-share/point-labels';
import type { Look } from '@/features/settlement-share/series-looks';
import { ObservationTooltip } from '@/features/settlement-share/settlement-tooltip';
import type { SettlementPoint } from '@/features/settlement-share/to-settlement-rows';

/** One series of lone points. */
export type PointSeries = { key: string; points: readonly SettlementPoint[]; look: Look };

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
 * Published shares as lone points on the shared time axis, with the sanctions markers. Points are
 * never joined: the figures are sparse statements, and a line would invent the months between.
 * A thin span shows the days a figure describes; a short upright bar, a published range.
 */
export function TimeScatter({
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
  const events = useMarkerEvents();
  const hoveredId = useHoveredEventId();
  const { eventHovered } = useViewActions();
  const allPoints = series.flatMap(({ points }) => points);
  const top = yTicks.at(-1) ?? 100;

  return (
    <div className="chart-canvas" data-testid={testId}>
      <ResponsiveContainer width="100%" height={height}>
        <ScatterChart margin={{ top: 24, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid vertical={false} stroke={ink.grid} />
          <XAxis {...axisDefaults.time(domain, ink, narrow)} />
          <YAxis
            {...axisDefaults.value(ink)}
            type="number"
            dataKey="y"
            domain={[0, top]}
            allowDataOverflow
            ticks={[...yTicks]}
            tickFormatter={(v: number) => `${v}%`}
          />
          {eventMarkers({ events, theme, hoveredId, onHover: eventHovered })}
          <Tooltip
            isAnimationActive={false}
            cursor={false}
            content={({ active, payload }) => {
              const found = active ? findPoint(payload[0]?.payload, series) : undefined;
              return found ? (
                <ObservationTooltip observation={found.point.observation} look={found.look} />
              ) : null;
            }}
          />
          {series.map(({ key, points, look }) => (
            <Scatter
              key={key}
              name={look.label}
              data={[...points]}
              fill={look.color}
              shape={look.shape}
              isAnimationActive={false}
            >
              <ErrorBar
                dataKey="xSpan"
                direction="x"
                width={0}
                stroke={look.color}
                strokeOpacity={0.6}
                isAnimationActive={false}
              />
              <ErrorBar
                dataKey="ySpan"
                direction="y"
                width={6}
                stroke={look.color}
                isAnimationActive={false}
              />
            </Scatter>
          ))}
          <PointLabels points={allPoints} callout={callout} calloutTexts={calloutTexts} ink={ink} />
        </ScatterChart>
      </ResponsiveContainer>
    </div>
  );
}
