import { memo, useMemo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Symbols,
  XAxis,
  YAxis,
} from 'recharts';
import { ChartTooltip, DrawWhenNear } from '@/components/chart-parts/draw-when-near';
import { ScreenOnly } from '@/components/chart-frame/chart-frame';
import { axisDefaults } from '@/components/chart-parts/axis-defaults';
import { formatShare } from '@/lib/format';
import { chartInk } from '@/lib/palette';
import { useNarrow } from '@/lib/use-narrow';
import { useChartHeight } from '@/components/chart-parts/chart-layout';
import { useChartWidth } from '@/components/chart-parts/use-chart-width';
import { useResolvedTheme } from '@/lib/use-resolved-theme';
import { textWidth } from '@/features/settlement-share/place-labels';
import { breakdownsToDraw } from '@/features/settlement-share/thin-breakdowns';
import { seriesLooks, type Look } from '@/features/settlement-share/series-looks';
import { BreakdownTooltip } from '@/features/settlement-share/settlement-tooltip';
import {
  breakdownCurrencies,
  type BreakdownRow,
  type Currency,
} from '@/features/settlement-share/to-settlement-rows';

/** Ticks of a 0–100% axis, shared by both bilateral charts so their gridlines line up. */
export const shareTicks = [0, 25, 50, 75, 100];

const MARGIN = { top: 24, right: 4, bottom: 0, left: 0 };
const VALUE_AXIS_PX = 56;
/** Assumed until the chart is measured. */
const INITIAL_WIDTH_PX = 480;

/**
 * A segment's share and glyph, drawn only where they fit inside the segment: the glyph doubles
 * the colour, and the figure is as published ("≈17%").
 */
function SegmentLabel(props: {
  x?: unknown;
  y?: unknown;
  width?: unknown;
  height?: unknown;
  value?: unknown;
  ink: string;
  shape: Look['shape'];
}) {
  const { x, y, width, height, value, ink, shape } = props;
  if (
    typeof x !== 'number' ||
    typeof y !== 'number' ||
    typeof width !== 'number' ||
    typeof height !== 'number'
  )
    return null;
  if (typeof value !== 'string' || height < 14 || width < 16) return null;
  const cx = x + width / 2;
  const cy = y + height / 2;
  const showText = height >= 16 && width >= textWidth(value) + 18;
  const glyphX = showText ? cx - (textWidth(value) + 12) / 2 : cx;
  return (
    <g aria-hidden="true" pointerEvents="none">
      <Symbols cx={glyphX} cy={cy} type={shape} size={40} fill={ink} />
      {showText && (
        <text x={glyphX + 8} y={cy + 4} fontSize={12} fill={ink} className="tabular">
          {value}
        </text>
      )}
    </g>
  );
}

/**
 * The published breakdowns of Russia–China settlements by currency, one 100% column per period,
 * under their part title. A hidden currency leaves its part of the column empty; the others are
 * not stretched to fill it. When there are more breakdowns than columns fit, one granularity is
 * drawn (`breakdownsToDraw`) and the title says how many of them; the table lists them all.
 * Memoised: a period step that leaves the breakdowns as they were does not redraw it.
 */
export const BreakdownChart = memo(function BreakdownChart({
  rows,
  hidden,
}: {
  rows: readonly BreakdownRow[];
  hidden: ReadonlySet<string>;
}) {
  const theme = useResolvedTheme();
  const ink = chartInk[theme];
  const narrow = useNarrow();
  const height = useChartHeight(narrow ? 280 : 320);
  const looks = seriesLooks(theme);
  const shown = breakdownCurrencies.filter((c) => !hidden.has(c));
  const { width, probe } = useChartWidth();
  const plotPx = (width || INITIAL_WIDTH_PX) - VALUE_AXIS_PX - MARGIN.left - MARGIN.right;
  const drawn = useMemo(() => breakdownsToDraw(rows, plotPx), [rows, plotPx]);
  const data = useMemo(() => [...drawn], [drawn]);
  const figuresOf = (row: BreakdownRow) =>
    [...shown].reverse().map((c) => ({ observation: row.figures[c], look: looks[c], name: looks[c].label }));
  const published = (c: Currency) => (row: BreakdownRow) =>
    formatShare(row.figures[c].value, row.figures[c].qualifier, row.figures[c].high);

  return (
    <>
      <p className="settlement-share__part-title" data-export-heading="">
        Published breakdowns by currency
        {drawn.length < rows.length && (
          <>
            , {drawn.length} of {rows.length} shown
            <ScreenOnly>: one length of period, so that none overlap; the table lists them all</ScreenOnly>
          </>
        )}
      </p>
      <div className="chart-canvas" data-testid="settlement-breakdown-chart">
        <DrawWhenNear height={height}>
          <ResponsiveContainer width="100%" height={height} {...probe}>
            <BarChart data={data} margin={MARGIN} barCategoryGap="24%">
              <CartesianGrid {...axisDefaults.grid(ink)} />
              <XAxis
                dataKey="label"
                tick={{ fill: ink.muted, fontSize: 12 }}
                tickLine={false}
                axisLine={{ stroke: ink.grid }}
              />
              <YAxis
                {...axisDefaults.value(ink)}
                domain={[0, 100]}
                allowDataOverflow
                ticks={shareTicks}
                tickFormatter={(v: number) => `${v}%`}
              />
              <ChartTooltip
                isAnimationActive={false}
                cursor={{ fill: ink.grid, opacity: 0.5 }}
                content={({ active, label }) => {
                  const row = active ? drawn.find((r) => r.label === label) : undefined;
                  return row ? <BreakdownTooltip label={row.label} figures={figuresOf(row)} /> : null;
                }}
              />
              {shown.map((c) => (
                <Bar
                  key={c}
                  dataKey={c}
                  name={looks[c].label}
                  stackId="share"
                  fill={looks[c].color}
                  isAnimationActive={false}
                >
                  <LabelList
                    dataKey={published(c)}
                    // An element, not a function: Recharts takes a new function as a new component on
                    // every render, and would remount every label.
                    content={<SegmentLabel ink={ink.surface} shape={looks[c].shape} />}
                  />
                </Bar>
              ))}
            </BarChart>
          </ResponsiveContainer>
        </DrawWhenNear>
      </div>
    </>
  );
});
