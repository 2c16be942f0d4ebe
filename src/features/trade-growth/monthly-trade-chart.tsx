import {
  Bar,
  CartesianGrid,
  ComposedChart,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { ChartTooltip, DrawWhenNear } from '@/components/chart-parts/draw-when-near';
import type { PeriodTrade } from '@/api/schemas';
import { axisDefaults } from '@/components/chart-parts/axis-defaults';
import { eventMarkers } from '@/components/chart-parts/event-markers';
import { labelHalo } from '@/components/chart-parts/label-halo';
import { SeriesLegend } from '@/components/chart-parts/series-legend';
import { formatChange } from '@/lib/format';
import { evenTicks } from '@/lib/ticks';
import { formatMonth } from '@/lib/time';
import {
  markedMonth,
  monthlyDomain,
  toMonthlyRows,
  type MonthlyRow,
} from '@/features/trade-growth/to-monthly-rows';
import { seriesNames, TradeTooltip } from '@/features/trade-growth/trade-tooltip';
import { useTradeChartSetup } from '@/features/trade-growth/use-trade-chart-setup';

export const monthlyTooltip = ({
  active,
  payload,
}: {
  active?: boolean;
  payload: readonly { payload?: unknown }[];
}) => {
  const row = payload[0]?.payload as MonthlyRow | undefined;
  return active && row ? <TradeTooltip title={formatMonth(row.x)} row={row.source} /> : null;
};

/** China's exports to and imports from Russia per month, stacked; months without figures are gaps. */
export function MonthlyTradeChart({ rows }: { rows: readonly PeriodTrade[] }) {
  const setup = useTradeChartSetup();
  const { colors, ink, hidden, narrow, height } = setup;
  const data = toMonthlyRows(rows, setup.from, setup.to);
  const ticks = evenTicks(
    Math.max(0, ...data.map((row) => row.total ?? (row.exports ?? 0) + (row.imports ?? 0))),
  );
  const marked = markedMonth(data);
  const markedChange = marked?.source.exportsChangePct;
  const legendItems = [
    ...setup.legendItems,
    { key: 'unsplit', label: seriesNames.unsplit, color: colors.unsplit, shape: 'square' as const },
  ];

  return (
    <div className="chart-canvas" data-testid="monthly-trade-chart">
      <DrawWhenNear height={height}>
        <ResponsiveContainer width="100%" height={height}>
          <ComposedChart data={data} margin={{ top: 28, right: 12, bottom: 0, left: 0 }} barCategoryGap="12%">
            <CartesianGrid {...axisDefaults.grid(ink)} />
            <XAxis {...axisDefaults.time(monthlyDomain(data, setup.from, setup.to), ink, narrow)} />
            <YAxis
              {...axisDefaults.value(ink)}
              domain={[0, ticks.at(-1) ?? 'auto']}
              ticks={ticks}
              tickFormatter={(v: number) => `$${v}B`}
            />
            <ChartTooltip content={monthlyTooltip} cursor={{ fill: ink.grid, opacity: 0.5 }} />
            {(['exports', 'imports', 'unsplit'] as const).map((key) => (
              <Bar
                key={key}
                dataKey={key}
                name={seriesNames[key]}
                stackId="trade"
                fill={colors[key]}
                hide={hidden.has(key)}
                isAnimationActive={false}
              />
            ))}
            {marked && markedChange && (
              <ReferenceLine
                x={marked.x}
                stroke={ink.text}
                strokeWidth={1.5}
                label={{
                  value: `${formatMonth(marked.x)}: exports ${formatChange(markedChange.value, markedChange.qualifier)} y/y`,
                  position: 'insideTopRight',
                  fill: ink.text,
                  ...labelHalo(ink),
                  fontSize: 13,
                  fontWeight: 600,
                }}
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
