import { useMemo } from 'react';
import { SeriesLegend } from '@/components/chart-parts/series-legend';
import { evenTicks } from '@/lib/ticks';
import { useResolvedTheme } from '@/lib/use-resolved-theme';
import { usePeriod } from '@/store/view-store';
import { legendItems, seriesLooks } from '@/features/settlement-share/series-looks';
import { TimeScatter } from '@/features/settlement-share/time-scatter';
import { russiaDomain, type SettlementRows } from '@/features/settlement-share/to-settlement-rows';
import './settlement-share.css';

const flows = ['exports', 'imports'] as const;

/**
 * The 'russia' view: the yuan's share of all of Russia's export and import settlements (Bank of
 * Russia), as lone points. Exports and imports differ by shape and by shade, never by colour alone.
 */
export function RussiaSettlementChart({
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
  const showExports = !hidden.has('exports');
  const showImports = !hidden.has('imports');
  const series = useMemo(
    () =>
      flows
        .filter((flow) => (flow === 'exports' ? showExports : showImports))
        .map((flow) => ({ key: flow, points: rows.russia[flow], look: looks[flow] })),
    [showExports, showImports, rows.russia, looks],
  );
  const domain = useMemo(() => russiaDomain(rows, from, to), [rows, from, to]);
  const yTicks = useMemo(() => {
    let highest = 0;
    for (const flow of flows)
      for (const p of rows.russia[flow]) highest = Math.max(highest, p.y + p.ySpan[1]);
    // Headroom above the highest point, so its label can sit above it.
    return evenTicks(highest * 1.1);
  }, [rows.russia]);

  return (
    <div className="settlement-share">
      <p className="settlement-share__part-title" data-export-heading="">
        Yuan’s share of all of Russia’s settlements, every partner
      </p>
      <TimeScatter testId="russia-settlement-chart" series={series} domain={domain} yTicks={yTicks} />
      <SeriesLegend
        items={legendItems(looks, flows)}
        hidden={hidden}
        onToggle={onToggle}
        label="Series shown"
      />
    </div>
  );
}
