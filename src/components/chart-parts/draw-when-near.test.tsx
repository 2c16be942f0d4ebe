import { queryOptions } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChartFrame } from '@/components/chart-frame/chart-frame';
import { Bar, BarChart, XAxis } from 'recharts';
import { ChartTooltip, DrawWhenNear } from '@/components/chart-parts/draw-when-near';
import { renderWithQuery } from '@/test/render';

/** Stands in for the browser's observer: the test says when a place comes near the screen. */
class FakeObserver {
  static watching: FakeObserver[] = [];
  readonly callback: (entries: { isIntersecting: boolean }[]) => void;
  constructor(callback: (entries: { isIntersecting: boolean }[]) => void) {
    this.callback = callback;
  }
  observe() {
    FakeObserver.watching.push(this);
  }
  disconnect() {
    FakeObserver.watching = FakeObserver.watching.filter((observer) => observer !== this);
  }
}

const comeNear = () =>
  act(() => {
    for (const observer of FakeObserver.watching) observer.callback([{ isIntersecting: true }]);
  });

const frame = (
  <ChartFrame
    id="test"
    title="A finding"
    subtitle="What, unit, period"
    source="Source: somewhere"
    query={queryOptions({ queryKey: ['near'], queryFn: () => Promise.resolve([1, 2]) })}
    table={() => <p>The table</p>}
  >
    {() => (
      <DrawWhenNear height={240}>
        <p>The plot</p>
      </DrawWhenNear>
    )}
  </ChartFrame>
);

describe('DrawWhenNear', () => {
  beforeEach(() => {
    FakeObserver.watching = [];
    vi.stubGlobal('IntersectionObserver', FakeObserver);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('holds the plot’s height in the frame until its place comes near the screen, then draws it', async () => {
    const { container } = renderWithQuery(frame);
    await waitFor(() => expect(FakeObserver.watching).toHaveLength(1));
    expect(container.querySelector<HTMLElement>('.chart-canvas__place')?.style.height).toBe('240px');
    expect(screen.queryByText('The plot')).not.toBeInTheDocument();
    comeNear();
    expect(screen.getByText('The plot')).toBeInTheDocument();
    expect(container.querySelector('.chart-canvas__place')).toBeNull();
    expect(FakeObserver.watching).toEqual([]);
  });

  it('draws a frame’s next chart at once once the frame has been near', async () => {
    renderWithQuery(frame);
    await waitFor(() => expect(FakeObserver.watching).toHaveLength(1));
    comeNear();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Table' }));
    expect(screen.getByText('The table')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Table' }));
    expect(screen.getByText('The plot')).toBeInTheDocument();
    expect(FakeObserver.watching).toEqual([]);
  });

  it('draws every chart before printing', async () => {
    renderWithQuery(frame);
    await waitFor(() => expect(FakeObserver.watching).toHaveLength(1));
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(screen.getByText('The plot')).toBeInTheDocument();
  });

  it('draws at once outside a frame (an exported image, a slide)', () => {
    render(
      <DrawWhenNear height={240}>
        <p>The plot</p>
      </DrawWhenNear>,
    );
    expect(screen.getByText('The plot')).toBeInTheDocument();
    expect(FakeObserver.watching).toEqual([]);
  });
});

describe('ChartTooltip', () => {
  const chart = (
    <DrawWhenNear height={100}>
      <BarChart width={300} height={100} data={[{ year: '2022', value: 190 }]}>
        <XAxis dataKey="year" />
        <Bar dataKey="value" isAnimationActive={false} />
        <ChartTooltip content={() => <p>Tooltip</p>} />
      </BarChart>
    </DrawWhenNear>
  );
  const tooltip = (container: HTMLElement) => container.querySelector('.recharts-tooltip-wrapper');

  it('joins the chart when the reader first points at it', () => {
    const { container } = render(chart);
    expect(container.querySelector('.recharts-surface')).not.toBeNull();
    expect(tooltip(container)).toBeNull();
    fireEvent.mouseOver(container.querySelector('.recharts-surface') as Element);
    expect(tooltip(container)).not.toBeNull();
  });

  it('joins the chart when the reader focuses it, for the arrow keys', () => {
    const { container } = render(chart);
    act(() => (container.querySelector('.recharts-surface') as SVGElement).focus());
    expect(tooltip(container)).not.toBeNull();
  });
});
