import { render, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { ComposedChart, XAxis } from 'recharts';
import type { SanctionsEvent } from '@/api/schemas';
import { NearScreenContext } from '@/components/chart-parts/draw-when-near';
import { eventMarkers } from '@/components/chart-parts/event-markers';
import { dayTime } from '@/lib/time';
import { testEvent } from '@/test/sanctions-event';

const events = [testEvent('first', '2022-02-26'), testEvent('second', '2023-06-01')];

const chartOf = (shown: SanctionsEvent[]) => (
  <ComposedChart width={600} height={200} data={[{ x: dayTime('2022-01-01') }, { x: dayTime('2023-12-31') }]}>
    <XAxis dataKey="x" type="number" domain={[dayTime('2022-01-01'), dayTime('2023-12-31')]} />
    {eventMarkers({ events: shown, theme: 'light', hoveredId: null, onHover: () => undefined })}
  </ComposedChart>
);
const chart = chartOf(events);

const markerIds = (container: HTMLElement) =>
  [...container.querySelectorAll('.event-marker')].map((marker) => marker.getAttribute('data-event-id'));

describe('eventMarkers', () => {
  it('draws a marker for each event on a chart outside the dashboard (an exported image, a slide)', async () => {
    const { container } = render(chart);
    await waitFor(() => expect(markerIds(container)).toEqual(['first', 'second']));
  });

  it('draws them on the dashboard too, in a render of their own after the chart', async () => {
    const onDashboard = ({ children }: { children: ReactNode }) => (
      <NearScreenContext value={{ near: true, onNear: () => undefined }}>{children}</NearScreenContext>
    );
    const { container } = render(chart, { wrapper: onDashboard });
    await waitFor(() => expect(markerIds(container)).toEqual(['first', 'second']));
  });

  it('leaves out an event outside the plot, line and glyph, as a hidden-overflow reference line', async () => {
    const { container } = render(chartOf([testEvent('before', '2021-12-15'), ...events]));
    await waitFor(() => expect(markerIds(container)).toEqual(['first', 'second']));
    expect(container.querySelectorAll('.recharts-reference-line')).toHaveLength(2);
  });
});
