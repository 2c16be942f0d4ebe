import { useQuery } from '@tanstack/react-query';
import { annualTradeQuery } from '@/api/queries';
import { ChartFrame } from '@/components/chart-frame/chart-frame';
import { AnnualTradeChart } from '@/features/trade-growth/annual-trade-chart';
import { annualFinding, yearInPeriod, yearsWithCaveats } from '@/features/trade-growth/to-annual-rows';
import { usePeriod } from '@/store/view-store';

/** Trade growth: annual China–Russia goods trade in its frame. */
export function TradeGrowthPanel() {
  const { from, to } = usePeriod();
  const annual = useQuery(annualTradeQuery());
  const rows = annual.data?.data ?? [];
  const caveats = yearsWithCaveats(rows.filter((row) => yearInPeriod(row.year, from, to)));

  return (
    <ChartFrame
      title={annualFinding(rows) ?? 'China–Russia goods trade'}
      subtitle={`China’s goods exports to and imports from Russia, USD billions, Chinese customs basis, ${from.slice(0, 4)}–${to.slice(0, 4)}`}
      query={annualTradeQuery()}
      isEmpty={(data) => !data.data.some((row) => yearInPeriod(row.year, from, to))}
      emptyMessage="No annual trade figures fall in the chosen period."
      source="Source: China’s General Administration of Customs (GACC), as reported by TASS, RT, Sputnik, Reuters and others; hover a bar for each year’s source."
      notes={
        caveats.length > 0 && (
          <p>
            Figures for {caveats.join(', ')} are derived, disputed or weakly sourced; the tooltip says which.
          </p>
        )
      }
    >
      {(data) => <AnnualTradeChart rows={data.data} />}
    </ChartFrame>
  );
}
