import { createContext, use, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';

/** How far beyond the screen a chart is drawn ahead of scrolling: a quarter of a screen above and below. */
const AHEAD = '25% 0px';

type NearScreen = {
  /** True once a chart of the frame came near the screen: the frame's charts draw at once from then on. */
  near: boolean;
  /** Called by a chart's place when it comes near the screen. */
  onNear: () => void;
};

/** Set by a chart frame on the dashboard. Outside one (an exported image, a slide, a test) charts draw at once. */
export const NearScreenContext = createContext<NearScreen | null>(null);

/**
 * A chart frame's `NearScreenContext` value. Once near, always near: switching the frame's view or
 * its table then draws the new chart at once. Printing lays out everything, so it draws every
 * chart first; so does a browser without IntersectionObserver.
 */
export function useNearScreen(): NearScreen {
  const [near, setNear] = useState(typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    if (near) return;
    const beforePrint = () => flushSync(() => setNear(true));
    window.addEventListener('beforeprint', beforePrint);
    return () => window.removeEventListener('beforeprint', beforePrint);
  }, [near]);
  return useMemo(() => ({ near, onNear: () => setNear(true) }), [near]);
}

/**
 * Draws a chart once its place comes near the screen; until then the place holds the chart's
 * height, so nothing moves. On the dashboard a phone shows one chart at first: the others cost
 * nothing until scrolled to, and the first draws without waiting for them. The frame's text
 * (title, takeaway, controls) is on screen a frame before the plot. (Drawing in a transition, so
 * that React renders it in slices, cost an eighth more time to all three charts and blocked the
 * page no less: most of the work is in Recharts' commit and effects, which React does not slice.)
 */
export function DrawWhenNear({ height, children }: { height: number; children: ReactNode }) {
  const frame = use(NearScreenContext);
  return !frame || frame.near ? children : <ChartPlace height={height} onNear={frame.onNear} />;
}

function ChartPlace({ height, onNear }: { height: number; onNear: () => void }) {
  const place = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!place.current) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) onNear();
      },
      { rootMargin: AHEAD },
    );
    observer.observe(place.current);
    return () => observer.disconnect();
  }, [onNear]);
  return <div ref={place} className="chart-canvas__place" style={{ height }} />;
}
