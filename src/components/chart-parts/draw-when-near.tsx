import {
  createContext,
  use,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ComponentProps,
  type ReactNode,
} from 'react';
import { flushSync } from 'react-dom';
import { Tooltip } from 'recharts';

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
 * The plot's tooltip (`ChartTooltip`) joins it when the reader first points at, touches or focuses it.
 */
export function DrawWhenNear({ height, children }: { height: number; children: ReactNode }) {
  const frame = use(NearScreenContext);
  return !frame || frame.near ? (
    <Engageable>{children}</Engageable>
  ) : (
    <ChartPlace height={height} onNear={frame.onNear} />
  );
}

/** Whether the reader has pointed at, touched or focused the chart. */
const EngagedContext = createContext(false);

/**
 * Tracks whether the reader has engaged with the chart inside. Until then the chart has no
 * tooltip: Recharts' tooltip takes about a fifth of a chart's first draw, most of all on a phone.
 */
function Engageable({ children }: { children: ReactNode }) {
  const [engaged, setEngaged] = useState(false);
  const engage = engaged ? undefined : () => setEngaged(true);
  return (
    <div className="chart-plot" onMouseOver={engage} onTouchStart={engage} onFocus={engage}>
      <EngagedContext value={engaged}>{children}</EngagedContext>
    </div>
  );
}

/**
 * A Recharts tooltip that joins its chart when the reader first points at, touches or focuses the
 * chart (in the same event, so the first hover or key press already shows it).
 */
export function ChartTooltip(props: ComponentProps<typeof Tooltip>) {
  return use(EngagedContext) ? <Tooltip {...props} /> : null;
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
