import {
  Bar,
  CartesianGrid,
  ComposedChart,
  DefaultZIndexes,
  LabelList,
  ReferenceLine,
  ResponsiveContainer,
  useXAxisScale,
  useYAxisScale,
  XAxis,
  YAxis,
  ZIndexLayer,
} from 'recharts';
import { ChartTooltip, DrawWhenNear } from '@/components/chart-parts/draw-when-near';
import type { AnnualTrade } from '@/api/schemas';
import { axisDefaults } from '@/components/chart-parts/axis-defaults';
import { eventMarkers } from '@/components/chart-parts/event-markers';
import { labelHalo } from '@/components/chart-parts/label-halo';
import { SeriesLegend } from '@/components/chart-parts/series-legend';
import { formatChange, formatUsdBillions } from '@/lib/format';
import type { Ink } from '@/lib/palette';
import { evenTicks } from '@/lib/ticks';
import { maxYearTicks, thinTicks } from '@/lib/time';
import { stepOf, toAnnualRows, type AnnualRow } from '@/features/trade-growth/to-annual-rows';
import { seriesNames, TradeTooltip } from '@/features/trade-growth/trade-tooltip';
import { useTradeChartSetup } from '@/features/trade-growth/use-trade-chart-setup';

/** How far above its bar a total sits: Recharts' default label offset. */
const TOTAL_OFFSET_PX = 5;

/**
 * Room above the tallest bar, as a share of its total, so its total stays inside the plot, below
 * the sanctions markers' glyphs along the plot's top edge.
 */
const TOTAL_HEADROOM = 0.06;

/**
 * A bar's total just above it, placed as Recharts' `position="top"` label is, as plain SVG text:
 * Recharts' own label measures the figure's words in the DOM to wrap them, and a figure is one word.
 */
function TotalLabel(props: { x?: unknown; y?: unknown; width?: unknown; value?: unknown; ink: Ink }) {
  const { x, y, width, value, ink } = props;
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
      fill={ink.text}
      {...labelHalo(ink)}
      fontSize={12}
      className="chart-label"
    >
      {formatUsdBillions(value).replace(/B$/, '')}
    </text>
  );
}

/**
 * The 2022→2023 step's change, left of the step line's midpoint: above the 2022 bar, clear of both
 * totals. Drawn in the label layer, over the sanctions markers' lines, which its halo breaks.
 */
function StepLabel({ step, ink }: { step: NonNullable<ReturnType<typeof stepOf>>; ink: Ink }) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  if (!xScale || !yScale) return null;
  const midpoint = (a: number | undefined, b: number | undefined) => ((a ?? 0) + (b ?? 0)) / 2;
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.label}>
      <text
        x={midpoint(xScale(step.before.x), xScale(step.after.x)) - 6}
        y={midpoint(yScale(step.before.total), yScale(step.after.total))}
        textAnchor="end"
        fill={ink.text}
        {...labelHalo(ink)}
        fontSize={13}
        fontWeight={600}
        className="chart-label"
      >
        {formatChange(step.change.value, step.change.qualifier)}
      </text>
    </ZIndexLayer>
  );
}

/** Stacked annual bars of China's exports to and imports from Russia, the total on each bar. */
export function AnnualTradeChart({ rows }: { rows: readonly AnnualTrade[] }) {
  const setup = useTradeChartSetup();
  const { colors, ink, hidden, narrow, height } = setup;
  const data = toAnnualRows(rows, setup.from, setup.to);
  // The step joins the bars' tops, which move when a series is hidden.
  const shownStep = hidden.has('exports') || hidden.has('imports') ? undefined : stepOf(data);
  const hasUnsplit = data.some((row) => row.unsplit !== null);
  const maxTotal = Math.max(0, ...data.map((row) => row.total));
  const ticks = evenTicks(maxTotal);
  // A phone shows no totals, so it needs no room for them.
  const valueTop = Math.max(ticks.at(-1) ?? 0, maxTotal * (1 + (narrow ? 0 : TOTAL_HEADROOM)));
  const legendItems = hasUnsplit
    ? [
        ...setup.legendItems,
        { key: 'unsplit', label: seriesNames.unsplit, color: colors.unsplit, shape: 'square' as const },
      ]
    : setup.legendItems;
  const totalLabel = !narrow && (
    // An element, not a function: Recharts takes a new function as a new component on every render,
    // and would remount every label.
    <LabelList dataKey="total" content={<TotalLabel ink={ink} />} />
  );
  // The label sits on the topmost visible segment of each bar.
  const labelOn = hidden.has('imports') ? 'exports' : 'imports';

  return (
    <div className="chart-canvas" data-testid="annual-trade-chart">
      <DrawWhenNear height={height}>
        <ResponsiveContainer width="100%" height={height}>
          <ComposedChart data={data} margin={{ top: 28, right: 12, bottom: 0, left: 0 }} barCategoryGap="18%">
            {/* Gridlines at the ticks only, not also along the headroom's top edge. */}
            <CartesianGrid {...axisDefaults.grid(ink)} syncWithTicks />
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
              domain={[0, valueTop]}
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
            {shownStep && (
              <>
                <ReferenceLine
                  segment={[
                    { x: shownStep.before.x, y: shownStep.before.total },
                    { x: shownStep.after.x, y: shownStep.after.total },
                  ]}
                  stroke={ink.text}
                  strokeWidth={1.5}
                />
                <StepLabel step={shownStep} ink={ink} />
              </>
            )}
            {eventMarkers(setup.markers)}
          </ComposedChart>
        </ResponsiveContainer>
      </DrawWhenNear>
      <SeriesLegend items={legendItems} hidden={hidden} onToggle={setup.toggle} label="Series shown" />
    </div>
  );
}
