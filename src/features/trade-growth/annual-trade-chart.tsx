import {
  Bar,
  CartesianGrid,
  ComposedChart,
  LabelList,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { ChartTooltip, DrawWhenNear } from '@/components/chart-parts/draw-when-near';
import type { AnnualTrade } from '@/api/schemas';
import { axisDefaults } from '@/components/chart-parts/axis-defaults';
import { eventMarkers } from '@/components/chart-parts/event-markers';
import { SeriesLegend } from '@/components/chart-parts/series-legend';
import { formatChange, formatUsdBillions } from '@/lib/format';
import { evenTicks } from '@/lib/ticks';
import { maxYearTicks, thinTicks } from '@/lib/time';
import { stepOf, toAnnualRows, type AnnualRow } from '@/features/trade-growth/to-annual-rows';
import { seriesNames, TradeTooltip } from '@/features/trade-growth/trade-tooltip';
import { useTradeChartSetup } from '@/features/trade-growth/use-trade-chart-setup';

/** How far above its bar a total sits: Recharts' default label offset. */
const TOTAL_OFFSET_PX = 5;

/**
 * A bar's total just above it, placed as Recharts' `position="top"` label is, as plain SVG text:
 * Recharts' own label measures the figure's words in the DOM to wrap them, and a figure is one word.
 */
function TotalLabel(props: { x?: unknown; y?: unknown; width?: unknown; value?: unknown; fill?: string }) {
  const { x, y, width, value, fill } = props;
  if (
    typeof x !== 'number' ||
    typeof y !== 'number' ||
    typeof width !== 'number' ||
    typeof value !== 'number'
  )
    return null;
  return (
    <text
      x={x + width / 2}
      y={y - TOTAL_OFFSET_PX}
      textAnchor="middle"
      fill={fill}
      fontSize={12}
      className="chart-label"
    >
      {formatUsdBillions(value).replace(/B$/, '')}
    </text>
  );
}

/** Stacked annual bars of China's exports to and imports from Russia, the total on each bar. */
export function AnnualTradeChart({ rows }: { rows: readonly AnnualTrade[] }) {
  const setup = useTradeChartSetup();
  const { colors, ink, hidden, narrow, height } = setup;
  const data = toAnnualRows(rows, setup.from, setup.to);
  const step = stepOf(data);
  const hasUnsplit = data.some((row) => row.unsplit !== null);
  const ticks = evenTicks(Math.max(0, ...data.map((row) => row.total)));
  const legendItems = hasUnsplit
    ? [
        ...setup.legendItems,
        { key: 'unsplit', label: seriesNames.unsplit, color: colors.unsplit, shape: 'square' as const },
      ]
    : setup.legendItems;
  const totalLabel = !narrow && (
    // An element, not a function: Recharts takes a new function as a new component on every render,
    // and would remount every label.
    <LabelList dataKey="total" fill={ink.text} content={<TotalLabel />} />
  );
  // The label sits on the topmost visible segment of each bar.
  const labelOn = hidden.has('imports') ? 'exports' : 'imports';

  return (
    <div className="chart-canvas" data-testid="annual-trade-chart">
      <DrawWhenNear height={height}>
        <ResponsiveContainer width="100%" height={height}>
          <ComposedChart data={data} margin={{ top: 28, right: 12, bottom: 0, left: 0 }} barCategoryGap="18%">
            <CartesianGrid {...axisDefaults.grid(ink)} />
            <XAxis
              {...axisDefaults.time(setup.domain, ink, narrow)}
              ticks={thinTicks(
                data.map((row) => row.x),
                maxYearTicks(narrow),
              )}
              tickFormatter={(x: number) => String(new Date(x).getUTCFullYear())}
            />
            <YAxis
              {...axisDefaults.value(ink)}
              domain={[0, ticks.at(-1) ?? 'auto']}
              ticks={ticks}
              tickFormatter={(v: number) => `$${v}B`}
            />
            <ChartTooltip
              content={({ active, payload }) => {
                const row = payload[0]?.payload as AnnualRow | undefined;
                return active && row ? <TradeTooltip title={String(row.year)} row={row.source} /> : null;
              }}
              cursor={{ fill: ink.grid, opacity: 0.5 }}
            />
            {(['exports', 'imports'] as const).map((key) => (
              <Bar
                key={key}
                dataKey={key}
                name={seriesNames[key]}
                stackId="trade"
                fill={colors[key]}
                hide={hidden.has(key)}
                isAnimationActive={false}
              >
                {key === labelOn && totalLabel}
              </Bar>
            ))}
            {hasUnsplit && (
              <Bar
                dataKey="unsplit"
                name={seriesNames.unsplit}
                stackId="trade"
                fill={colors.unsplit}
                hide={hidden.has('unsplit')}
                isAnimationActive={false}
              >
                {totalLabel}
              </Bar>
            )}
            {step && !hidden.has('exports') && !hidden.has('imports') && (
              <ReferenceLine
                segment={[
                  { x: step.before.x, y: step.before.total },
                  { x: step.after.x, y: step.after.total },
                ]}
                stroke={ink.text}
                strokeWidth={1.5}
                label={({
                  viewBox,
                }: {
                  viewBox?: { x?: number; y?: number; width?: number; height?: number };
                }) => (
                  // Left of the step's midpoint: above the 2022 bar, clear of both total labels.
                  <text
                    x={(viewBox?.x ?? 0) + (viewBox?.width ?? 0) / 2 - 6}
                    y={(viewBox?.y ?? 0) + (viewBox?.height ?? 0) / 2}
                    textAnchor="end"
                    fill={ink.text}
                    fontSize={13}
                    fontWeight={600}
                  >
                    {formatChange(step.change.value, step.change.qualifier)}
                  </text>
                )}
              />
            )}
            {eventMarkers(setup.markers)}
          </ComposedChart>
        </ResponsiveContainer>
      </DrawWhenNear>
      <SeriesLegend items={legendItems} hidden={hidden} onToggle={setup.toggle} label="Series shown" />
    </div>
  );
}
