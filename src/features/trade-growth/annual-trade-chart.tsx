import { useQuery } from '@tanstack/react-query';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { sourcesQuery } from '@/api/queries';
import type { AnnualTrade } from '@/api/schemas';
import { formatChange, formatUsdBillions, statusLabel } from '@/lib/format';
import { chartInk, seriesColors } from '@/lib/palette';
import { useResolvedTheme } from '@/lib/use-resolved-theme';
import { figuresOf, toAnnualRows, type AnnualRow } from '@/features/trade-growth/to-annual-rows';
import { evenTicks } from '@/lib/ticks';
import { usePeriod } from '@/store/view-store';

const seriesNames = {
  total: 'Total trade',
  exports: 'China’s exports to Russia',
  imports: 'China’s imports from Russia',
  unsplit: 'Total (no published split)',
} as const;

/** Stacked annual bars of China's exports to and imports from Russia, the total on each bar. */
export function AnnualTradeChart({ rows }: { rows: readonly AnnualTrade[] }) {
  const { from, to } = usePeriod();
  const theme = useResolvedTheme();
  const colors = seriesColors[theme];
  const ink = chartInk[theme];
  const data = toAnnualRows(rows, from, to);
  const hasUnsplit = data.some((row) => row.unsplit !== null);
  const ticks = evenTicks(Math.max(0, ...data.map((row) => row.total)));
  const totalLabel = (
    <LabelList
      dataKey="total"
      position="top"
      formatter={(value) => (typeof value === 'number' ? formatUsdBillions(value).replace(/B$/, '') : '')}
      fill={ink.text}
      fontSize={12}
      className="tabular"
    />
  );

  return (
    <div className="chart-canvas" data-testid="annual-trade-chart">
      <ResponsiveContainer width="100%" height={340}>
        <BarChart data={data} margin={{ top: 24, right: 8, bottom: 0, left: 0 }} barCategoryGap="18%">
          <CartesianGrid vertical={false} stroke={ink.grid} />
          <XAxis
            dataKey="year"
            tick={{ fill: ink.muted, fontSize: 12 }}
            tickLine={false}
            axisLine={{ stroke: ink.grid }}
          />
          <YAxis
            tick={{ fill: ink.muted, fontSize: 12 }}
            tickLine={false}
            axisLine={false}
            width={52}
            domain={[0, ticks.at(-1) ?? 'auto']}
            ticks={ticks}
            tickFormatter={(v: number) => `$${v}B`}
          />
          <Tooltip
            content={({ active, payload }) => (
              <AnnualTooltip active={active} row={payload[0]?.payload as AnnualRow | undefined} />
            )}
            cursor={{ fill: ink.grid, opacity: 0.5 }}
          />
          <Legend wrapperStyle={{ fontSize: 12, color: ink.muted }} iconType="square" />
          <Bar
            dataKey="exports"
            name={seriesNames.exports}
            stackId="trade"
            fill={colors.exports}
            isAnimationActive={false}
          />
          <Bar
            dataKey="imports"
            name={seriesNames.imports}
            stackId="trade"
            fill={colors.imports}
            isAnimationActive={false}
          >
            {totalLabel}
          </Bar>
          {hasUnsplit && (
            <Bar
              dataKey="unsplit"
              name={seriesNames.unsplit}
              stackId="trade"
              fill={colors.unsplit}
              isAnimationActive={false}
            >
              {totalLabel}
            </Bar>
          )}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

function AnnualTooltip({ active, row }: { active: boolean; row: AnnualRow | undefined }) {
  if (!active || !row) return null;
  return <AnnualTooltipBody row={row.source} />;
}

function AnnualTooltipBody({ row }: { row: AnnualTrade }) {
  const sources = useQuery(sourcesQuery());
  const publisher = (id: string) => sources.data?.data.find((s) => s.id === id)?.publisher ?? id;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{row.year}</p>
      <dl>
        {figuresOf(row).map(({ key, figure }) => (
          <div key={key}>
            <dt>{seriesNames[key]}</dt>
            <dd className="tabular">
              {formatUsdBillions(figure.value, figure.qualifier)}
              {key === 'total' && row.totalChangePct && ` (${formatChange(row.totalChangePct.value)} y/y)`}
              <span className="chart-tooltip__status"> · {statusLabel[figure.status]}</span>
            </dd>
          </div>
        ))}
      </dl>
      <p className="chart-tooltip__source">Source: {row.total.sourceIds.map(publisher).join('; ')}</p>
    </div>
  );
}
