import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { ChartLayoutContext } from '@/components/chart-parts/chart-layout';
import type { Stage } from '@/features/export/compose-svg';

const NARROW_BELOW_PX = 640;
const MAX_FRAMES = 60;

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Waits until every chart in the element has drawn and its size has stopped changing. */
async function settled(element: HTMLElement) {
  let last = '';
  for (let frame = 0; frame < MAX_FRAMES; frame += 1) {
    await nextFrame();
    const containers = [...element.querySelectorAll('.recharts-responsive-container')];
    const sizes = containers
      .map((container) => {
        const svg = container.querySelector('svg.recharts-surface');
        return svg ? `${svg.getAttribute('width') ?? ''}×${svg.getAttribute('height') ?? ''}` : '';
      })
      .join(',');
    const drawn = containers.length > 0 && !sizes.split(',').includes('');
    if (drawn && sizes === last) return;
    last = sizes;
  }
  throw new Error('the chart did not finish drawing off screen');
}

/**
 * Draws `chart` off screen in a box `width` CSS pixels wide, its plots `plotHeight` tall (or
 * their own height when null), with the page's styles, and resolves once it has drawn. The chart
 * is the live component, not a copy of the screen, so it lays itself out for the size: the phone
 * layout below 640 px. With `screenLayout` it keeps the screen's layout instead, as "As on screen"
 * promises: a chart 600 px wide on a laptop keeps its bar totals there, so it keeps them here.
 */
export async function stageChart(
  chart: ReactNode,
  queryClient: QueryClient,
  width: number,
  plotHeight: number | null,
  screenLayout = false,
): ReturnType<Stage> {
  const host = document.createElement('div');
  host.className = 'export-stage';
  host.setAttribute('aria-hidden', 'true');
  host.style.width = `${width}px`;
  document.body.append(host);
  const root = createRoot(host);
  const draw = async (height: number | null) => {
    flushSync(() => {
      root.render(
        <QueryClientProvider client={queryClient}>
          <ChartLayoutContext value={{ height, narrow: screenLayout ? null : width < NARROW_BELOW_PX }}>
            {chart}
          </ChartLayoutContext>
        </QueryClientProvider>,
      );
    });
    await settled(host);
  };
  const dispose = () => {
    root.unmount();
    host.remove();
  };
  try {
    await draw(plotHeight);
  } catch (error) {
    dispose();
    throw error;
  }
  return { element: host, dispose, redraw: draw };
}
