import { SeriesLegend } from '@/components/chart-parts/series-legend';
import { periodDomain } from '@/lib/time';
import { useResolvedTheme } from '@/lib/use-resolved-theme';
import { usePeriod } from '@/store/view-store';
import { BreakdownChart, shareTicks } from '@/features/settlement-share/breakdown-chart';
import { legendItems, seriesLooks } from '@/features/settlement-share/series-looks';
import { TimeScatter } from '@/features/settlement-share/time-scatter';
import {
  breakdownCurrencies,
  calloutText,
  findCallout,
  type SettlementRows,
} from '@/features/settlement-share/to-settlement-rows';
import './settlement-share.css';

/**
 * The 'bilateral' view: the ruble-and-yuan share of Russia–China trade as the lone statements it
 * is, with the one the story quotes called out, and beside it the few published breakdowns by
 * currency. One legend toggles the series of both.
 */
export function SettlementChart({
  rows,
  hidden,
  onToggle,
}: {
  rows: SettlementRows;
  hidden: ReadonlySet<string>;
  onToggle: (key: string) => void;
}) {
  const { from, to } = usePeriod();
  const looks = seriesLooks(useResolvedTheme());
  const showStatements = !hidden.has('national');
  const callout = showStatements ? findCallout(rows.statements) : undefined;
  const hasBreakdowns = rows.breakdowns.length > 0;
  const legendKeys = hasBreakdowns
    ? (['national', ...[...breakdownCurrencies].reverse()] as const)
    : (['national'] as const);

  return (
    <div className="settlement-share">
      <div className={hasBreakdowns ? 'settlement-share__grid' : undefined}>
        <div className="settlement-share__part">
          <p className="settlement-share__part-title" data-export-heading="">
            Rubles + yuan, as stated or published
          </p>
          <TimeScatter
            testId="settlement-statements-chart"
            series={
              showStatements ? [{ key: 'national', points: rows.statements, look: looks.national }] : []
            }
            domain={periodDomain(from, to)}
            yTicks={shareTicks}
            callout={callout}
            calloutTexts={callout ? [calloutText(callout), callout.text] : []}
          />
        </div>
        {hasBreakdowns && (
          <div className="settlement-share__part">
            <p className="settlement-share__part-title" data-export-heading="">
              Published breakdowns by currency
            </p>
            <BreakdownChart rows={rows.breakdowns} hidden={hidden} />
          </div>
        )}
      </div>
      <SeriesLegend
        items={legendItems(looks, legendKeys)}
        hidden={hidden}
        onToggle={onToggle}
        label="Series shown"
      />
    </div>
  );
}
