import type { Ink } from '@/lib/palette';

/**
 * A halo for a figure drawn on a chart: a stroke in the chart's background colour painted under the
 * text, so a line that crosses the figure (a sanctions marker, the step line) breaks around it
 * instead of striking it through. Give it to labels drawn above the marker lines (Recharts' label
 * layer, `DefaultZIndexes.label`); under them it is hidden with the text.
 */
export const labelHalo = (ink: Ink) =>
  ({ stroke: ink.surface, strokeWidth: 3, strokeLinejoin: 'round', paintOrder: 'stroke' }) as const;
