import { type LegendItem } from '@/components/chart-parts/series-legend';
import { useMarkerEvents } from '@/components/chart-parts/use-marker-events';
import { chartInk, seriesColors } from '@/lib/palette';
import { periodDomain } from '@/lib/time';
import { useNarrow } from '@/lib/use-narrow';
import { useChartHeight } from '@/components/chart-parts/chart-layout';
import { useResolvedTheme } from '@/lib/use-resolved-theme';
import { seriesNames } from '@/features/trade-growth/trade-tooltip';
import { useHiddenSeries, useHoveredEventId, usePeriod, useViewActions } from '@/store/view-store';

/** What every trade chart needs: theme, period axis, legend state and the sanctions markers. */
export function useTradeChartSetup() {
  const { from, to } = usePeriod();
  const theme = useResolvedTheme();
  const narrow = useNarrow();
  const height = useChartHeight(narrow ? 280 : 360);
  const { hidden, toggle } = useHiddenSeries('trade');
  const events = useMarkerEvents();
  const hoveredId = useHoveredEventId();
  const { eventHovered } = useViewActions();
  const colors = seriesColors[theme];
  const legendItems: LegendItem[] = [
    { key: 'exports', label: seriesNames.exports, color: colors.exports, shape: 'circle' },
    { key: 'imports', label: seriesNames.imports, color: colors.imports, shape: 'triangle' },
  ];
  return {
    from,
    to,
    theme,
    narrow,
    height,
    colors,
    ink: chartInk[theme],
    domain: periodDomain(from, to),
    hidden,
    toggle,
    legendItems,
    markers: { events, theme, hoveredId, onHover: eventHovered },
  };
}
