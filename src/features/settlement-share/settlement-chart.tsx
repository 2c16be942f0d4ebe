import { useMemo } from 'react';
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
  const theme = useResolvedTheme();
  // What the scatter receives is memoised, so it redraws only when its data or looks change.
  const looks = useMemo(() => seriesLooks(theme), [theme]);
  const domain = useMemo(() => periodDomain(from, to), [from, to]);
  const showStatements = !hidden.has('national');
  const series = useMemo(
    () => (showStatements ? [{ key: 'national', points: rows.statements, look: looks.national }] : []),
    [showStatements, rows.statements, looks],
  );
  const callout = useMemo(
    () => (showStatements ? findCallout(rows.statements) : undefined),
    [showStatements, rows.statements],
  );
  const calloutTexts = useMemo(() => (callout ? [calloutText(callout), callout.text] : []), [callout]);
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
            series={series}
            domain={domain}
            yTicks={shareTicks}
            callout={callout}
            calloutTexts={calloutTexts}
          />
        </div>
        {hasBreakdowns && (
          <div className="settlement-share__part">
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
