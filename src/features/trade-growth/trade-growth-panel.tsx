import { useQuery } from '@tanstack/react-query';
import { annualTradeQuery, periodTradeQuery } from '@/api/queries';
import { useSourceText } from '@/api/use-source-text';
import { ChartFrame, ScreenOnly } from '@/components/chart-frame/chart-frame';
import { Segmented } from '@/components/segmented/segmented';
import { AnnualTradeChart } from '@/features/trade-growth/annual-trade-chart';
import { MonthlyChangeChart } from '@/features/trade-growth/monthly-change-chart';
import { MonthlyTradeChart } from '@/features/trade-growth/monthly-trade-chart';
import { annualFinding, yearInPeriod, yearsWithCaveats } from '@/features/trade-growth/to-annual-rows';
import { monthlyFinding, toMonthlyRows } from '@/features/trade-growth/to-monthly-rows';
import { AnnualTable, MonthlyTable } from '@/features/trade-growth/trade-tables';
import { annualCsv, monthlyCsv } from '@/features/trade-growth/to-trade-csv';
import { annualSummary, monthlySummary } from '@/features/summaries/chart-summaries';
import { tradeViews, type TradeView } from '@/store/view-url';
import { usePeriod, useTradeView, useViewActions } from '@/store/view-store';

const viewLabels: Record<TradeView, string> = {
  annual: 'Annual',
  monthly: 'Monthly',
  change: 'Monthly change',
};

const source = (
  <>
    Source: China’s General Administration of Customs (GACC), as reported by TASS, RT, Sputnik, Reuters and
    others<ScreenOnly>; hover a bar for each figure’s source</ScreenOnly>.
  </>
);

/** Trade growth: annual bars, or monthly values or changes, in one frame. */
export function TradeGrowthPanel() {
  const { from, to } = usePeriod();
  const view = useTradeView();
  const { tradeViewChanged } = useViewActions();
  const sourceText = useSourceText();
  const annual = useQuery(annualTradeQuery());
  const monthly = useQuery({ ...periodTradeQuery(), enabled: view !== 'annual' });
  const rows = annual.data?.data ?? [];
  const caveats = yearsWithCaveats(rows.filter((row) => yearInPeriod(row.year, from, to)));
  const years = `${from.slice(0, 4)}–${to.slice(0, 4)}`;
  const actions = (
    <Segmented
      label="Trade view"
      options={tradeViews.map((value) => ({ value, label: viewLabels[value] }))}
      value={view}
      onChange={tradeViewChanged}
    />
  );

  if (view === 'annual') {
    return (
      <ChartFrame
        id="trade-annual"
        title={annualFinding(rows) ?? 'China–Russia goods trade'}
        subtitle={`China’s goods exports to and imports from Russia, USD billions a year, Chinese customs basis, ${years}`}
        actions={actions}
        query={annualTradeQuery()}
        isEmpty={(data) => !data.data.some((row) => yearInPeriod(row.year, from, to))}
        emptyMessage="No annual trade figures fall in the chosen period."
        source={source}
        notes={
          caveats.length > 0 && (
            <p>
              Figures for {caveats.join(', ')} are derived, disputed or weakly sourced
              <ScreenOnly>; the tooltip says which</ScreenOnly>.
            </p>
          )
        }
        table={(data) => <AnnualTable rows={data.data} from={from} to={to} />}
        csv={(data) => annualCsv(data.data, from, to, sourceText)}
        summary={(data) => annualSummary(data.data, from, to)}
      >
        {(data) => <AnnualTradeChart rows={data.data} />}
      </ChartFrame>
    );
  }

  const months = toMonthlyRows(monthly.data?.data ?? [], from, to);
  const monthYears = months.length
    ? `${months[0]?.month.slice(0, 4) ?? ''}–${months.at(-1)?.month.slice(0, 4) ?? ''}`
    : years;

  return (
    <ChartFrame
      id={view === 'monthly' ? 'trade-monthly' : 'trade-monthly-change'}
      title={monthlyFinding(monthly.data?.data ?? []) ?? 'China–Russia goods trade by month'}
      subtitle={
        view === 'monthly'
          ? `China’s goods exports to and imports from Russia, USD billions a month, where published, ${monthYears}`
          : `Change on the same month a year earlier, %, where published, ${monthYears}`
      }
      actions={actions}
      query={periodTradeQuery()}
      isEmpty={(data) => toMonthlyRows(data.data, from, to).length === 0}
      emptyMessage="No monthly figures are published for the chosen period (they start in 2023)."
      source={source}
      notes={
        <p>
          Only months with a published figure are drawn; missing months are gaps, never filled in. Grey bars
          are totals with no published split.
        </p>
      }
      table={(data) => <MonthlyTable rows={data.data} from={from} to={to} />}
      csv={(data) => monthlyCsv(data.data, from, to, sourceText)}
      summary={(data) => monthlySummary(data.data, from, to, view === 'change')}
    >
      {(data) =>
        view === 'monthly' ? <MonthlyTradeChart rows={data.data} /> : <MonthlyChangeChart rows={data.data} />
      }
    </ChartFrame>
  );
}
