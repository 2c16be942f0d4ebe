import type { LegendItem } from '@/components/chart-parts/series-legend';
import { currencyStyle, russiaFlowStyle, type ResolvedTheme, type Shape } from '@/lib/palette';
import type { Currency, SeriesKey } from '@/features/settlement-share/to-settlement-rows';

/** How a legend entry's series is drawn. */
export type Look = { label: string; color: string; shape: Shape };

/** Colours and shapes of every settlement series, from the one palette. */
export function seriesLooks(theme: ResolvedTheme): Record<SeriesKey, Look> {
  const flow = (key: 'exports' | 'imports') => ({
    label: russiaFlowStyle[key].label,
    color: russiaFlowStyle[key].color[theme],
    shape: russiaFlowStyle[key].shape,
  });
  const currency = (key: 'national' | Currency) => ({
    label: currencyStyle[key].label,
    color: currencyStyle[key].color[theme],
    shape: currencyStyle[key].shape,
  });
  return {
    national: currency('national'),
    usd: currency('usd'),
    eur: currency('eur'),
    cny: currency('cny'),
    rub: currency('rub'),
    exports: flow('exports'),
    imports: flow('imports'),
  };
}

/** Legend entries for some series keys. */
export const legendItems = (looks: Record<SeriesKey, Look>, keys: readonly SeriesKey[]): LegendItem[] =>
  keys.map((key) => ({ key, ...looks[key] }));
