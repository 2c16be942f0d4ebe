import { useCallback, useMemo, useRef, useState } from 'react';

/** What a chart's ResponsiveContainer takes to report its width: spread it onto the container. */
export type WidthProbe = {
  ref: (container: HTMLDivElement | null) => void;
  onResize: (width: number) => void;
};

/**
 * The width of a chart whose drawing depends on it (how many ticks fit, how far points are
 * thinned), in whole CSS pixels; 0 until known. The width is read as the chart's container
 * attaches, a render before Recharts first draws in it, so the chart draws once at its real width.
 * (Reading it from `onResize` alone drew every such chart twice on load: once at a guessed width,
 * then all over again when the container's ResizeObserver first reported.) Later resizes come
 * through `onResize`; the first report, of the width already read, changes nothing. (Recharts hands
 * the container to `ref` again on each of its renders: it is read only the first time.)
 */
export function useChartWidth(): { width: number; probe: WidthProbe } {
  const [width, setWidth] = useState(0);
  const read = useRef(false);
  const ref = useCallback((container: HTMLDivElement | null) => {
    if (!container || read.current) return;
    read.current = true;
    setWidth(Math.round(container.getBoundingClientRect().width));
  }, []);
  const onResize = useCallback((next: number) => setWidth(Math.round(next)), []);
  const probe = useMemo(() => ({ ref, onResize }), [ref, onResize]);
  return { width, probe };
}
