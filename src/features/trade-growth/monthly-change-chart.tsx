import {
  CartesianGrid,
  ComposedChart,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  Symbols,
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
import { seriesNames } from '@/features/trade-growth/trade-tooltip';
import { monthlyTooltip } from '@/features/trade-growth/monthly-trade-chart';
import { useTradeChartSetup } from '@/features/trade-growth/use-trade-chart-setup';

type PointProps = { cx?: number; cy?: number; payload?: MonthlyRow };

/** A change point: filled when measured in dollars, hollow when in yuan terms. */
const changePoint = (
  shape: 'circle' | 'triangle',
  color: string,
  surface: string,
  inYuan: (row: MonthlyRow) => boolean,
) =>
  function ChangePoint({ cx, cy, payload }: PointProps) {
    if (cx === undefined || cy === undefined || !payload) return <g />;
    const hollow = inYuan(payload);
    return (
      <Symbols
        cx={cx}
        cy={cy}
        type={shape}
        size={90}
        fill={hollow ? surface : color}
        stroke={color}
        strokeWidth={2}
      />
    );
  };

/** Year-on-year change of China's exports to and imports from Russia, month by month. */
export function MonthlyChangeChart({ rows }: { rows: readonly PeriodTrade[] }) {
  const setup = useTradeChartSetup();
  const { colors, ink, hidden, narrow, height } = setup;
  const data = toMonthlyRows(rows, setup.from, setup.to);
  const marked = markedMonth(data);
  const extent = Math.max(
    10,
    ...data.flatMap((row) => [row.exportsChange ?? 0, row.importsChange ?? 0].map(Math.abs)),
  );
  const upper = evenTicks(extent);
  const ticks = [
    ...upper
      .slice(1)
      .map((t) => -t)
      .reverse(),
    ...upper,
  ];

  return (
    <div className="chart-canvas" data-testid="monthly-change-chart">
      <DrawWhenNear height={height}>
        <ResponsiveContainer width="100%" height={height}>
          <ComposedChart data={data} margin={{ top: 28, right: 12, bottom: 0, left: 0 }}>
            <CartesianGrid {...axisDefaults.grid(ink)} />
            <XAxis {...axisDefaults.time(monthlyDomain(data, setup.from, setup.to), ink, narrow)} />
            <YAxis
              {...axisDefaults.value(ink)}
              domain={[ticks[0] ?? -extent, ticks.at(-1) ?? extent]}
              ticks={ticks}
              tickFormatter={(v: number) => formatChange(v)}
            />
            <ReferenceLine y={0} stroke={ink.muted} />
            <ChartTooltip content={monthlyTooltip} cursor={{ stroke: ink.grid }} />
            {(['exports', 'imports'] as const).map((key, i) => (
              <Scatter
                key={key}
                dataKey={`${key}Change`}
                name={seriesNames[key]}
                fill={colors[key]}
                hide={hidden.has(key)}
                isAnimationActive={false}
                shape={changePoint(
                  i === 0 ? 'circle' : 'triangle',
                  colors[key],
                  ink.surface,
                  (row) => row[`${key}ChangeInYuan`],
                )}
              />
            ))}
            {marked?.exportsChange != null && !hidden.has('exports') && (
              <ReferenceLine
                x={marked.x}
                stroke={ink.text}
                strokeWidth={1.5}
                label={{
                  value: `${formatMonth(marked.x)}: exports ${formatChange(marked.exportsChange, marked.source.exportsChangePct?.qualifier)}`,
                  position: 'insideBottomRight',
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
      <SeriesLegend items={setup.legendItems} hidden={hidden} onToggle={setup.toggle} label="Series shown" />
      <p className="chart-key">
        Filled points: change in US dollars. Hollow points: change in yuan terms, as published.
      </p>
    </div>
  );
}
