import { createContext, use } from 'react';

/**
 * Sizes a chart is drawn at when it is not on the dashboard: an exported image or a slide draws
 * the same chart at a height and layout of its own, then scales the vector picture up. On the
 * dashboard both stay null and each chart uses its own screen sizes.
 */
export type ChartLayout = {
  /** Plot height in CSS pixels, or null for the chart's own. */
  height: number | null;
  /** Forces the phone layout on or off, or null to follow the screen width. */
  narrow: boolean | null;
};

export const ChartLayoutContext = createContext<ChartLayout>({ height: null, narrow: null });

/** The plot height: the layout's when one is set, else the chart's own. */
export function useChartHeight(own: number): number {
  return use(ChartLayoutContext).height ?? own;
}
