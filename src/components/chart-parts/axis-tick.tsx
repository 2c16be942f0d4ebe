import type { BaseTickContentProps } from 'recharts';

/** How far below its anchor a one-line label sits, as Recharts places it. */
const lineDrop = { start: '0.71em', middle: '0.355em', end: '0em' } as const;

/** The look of an axis's tick labels. */
export type TickStyle = { fill: string; fontSize: number };

/**
 * Tick labels drawn as Recharts draws a one-line label, as plain SVG text. Recharts' own label
 * measures its words in the DOM to wrap them, and its axis then reads the first label's computed
 * font and draws all its ticks a second time. These labels are short and stay on one line (the
 * timeline's lane names wrapped, or not, depending on whether the web font had arrived when they
 * were measured). The class `chart-tick` lets style sheets (the projector theme) find them.
 * Recharts calls the returned function for each tick rather than mounting it as a component, so a
 * new one on each render remounts nothing (unlike a LabelList's `content`, which it mounts).
 */
export function axisTick(style: TickStyle) {
  return function AxisTick({
    x,
    y,
    textAnchor,
    verticalAnchor,
    payload,
    index,
    tickFormatter,
  }: BaseTickContentProps) {
    const value: unknown = payload.value;
    return (
      <text x={x} y={y} textAnchor={textAnchor} className="chart-tick" {...style}>
        <tspan x={x} dy={lineDrop[verticalAnchor]}>
          {tickFormatter ? tickFormatter(value, index) : String(value)}
        </tspan>
      </text>
    );
  };
}
