import { act, render } from '@testing-library/react';
import { ResponsiveContainer } from 'recharts';
import { useChartWidth } from '@/components/chart-parts/use-chart-width';

/** A ResizeObserver that reports when the test says, as the browser does after layout. */
class LateObserver {
  static watching: LateObserver[] = [];
  readonly callback: ResizeObserverCallback;
  target: Element | undefined;
  constructor(callback: ResizeObserverCallback) {
    this.callback = callback;
  }
  observe(target: Element) {
    this.target = target;
    LateObserver.watching.push(this);
  }
  unobserve() {}
  disconnect() {
    LateObserver.watching = LateObserver.watching.filter((observer) => observer !== this);
  }
}

const report = (width: number) =>
  act(() => {
    for (const observer of LateObserver.watching) {
      const contentRect = { width, height: 200 } as DOMRectReadOnly;
      observer.callback([{ target: observer.target, contentRect } as ResizeObserverEntry], observer);
    }
  });

/** A chart that depends on its width: records the width of each of its draws. */
function WidthChart({ draws }: { draws: number[] }) {
  const { width, probe } = useChartWidth();
  return (
    <ResponsiveContainer width="100%" height={200} {...probe}>
      <Drawn width={width} draws={draws} />
    </ResponsiveContainer>
  );
}

function Drawn({ width, draws }: { width: number; draws: number[] }) {
  draws.push(width);
  return <svg />;
}

describe('useChartWidth', () => {
  const original = globalThis.ResizeObserver;
  beforeEach(() => {
    globalThis.ResizeObserver = LateObserver;
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({
      width: 640.4,
      height: 200,
    } as DOMRect);
  });
  afterEach(() => {
    globalThis.ResizeObserver = original;
    vi.restoreAllMocks();
  });

  it('draws the chart once, at its real width, before the container first reports a size', () => {
    const draws: number[] = [];
    render(<WidthChart draws={draws} />);
    expect(draws).toEqual([640]);
    report(640.4);
    expect(draws).toEqual([640]);
  });

  it('draws the chart again when it is resized', () => {
    const draws: number[] = [];
    render(<WidthChart draws={draws} />);
    report(480);
    expect(draws).toEqual([640, 480]);
  });
});
