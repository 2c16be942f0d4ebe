import { queryOptions } from '@tanstack/react-query';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiRequestError } from '@/api/client';
import { ChartFrame } from '@/components/chart-frame/chart-frame';
import { renderWithQuery } from '@/test/render';

const frame = (queryFn: () => Promise<number[]>) => (
  <ChartFrame
    id="test"
    title="A finding"
    subtitle="What, unit, period"
    source="Source: somewhere"
    query={queryOptions({ queryKey: ['test', queryFn], queryFn })}
    isEmpty={(rows) => rows.length === 0}
  >
    {(rows) => <p>Drawn: {rows.join(',')}</p>}
  </ChartFrame>
);

describe('ChartFrame', () => {
  it('shows a skeleton, then the chart with title, subtitle and source', async () => {
    renderWithQuery(frame(() => Promise.resolve([1, 2])));
    expect(screen.getByRole('status', { busy: true })).toHaveTextContent('Loading “A finding”');
    expect(await screen.findByText('Drawn: 1,2')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'A finding' })).toBeInTheDocument();
    expect(screen.getByText('What, unit, period')).toBeInTheDocument();
    expect(screen.getByText('Source: somewhere')).toBeInTheDocument();
  });

  it('explains a failure in plain words and retries', async () => {
    let calls = 0;
    renderWithQuery(
      frame(() => {
        calls += 1;
        return calls === 1
          ? Promise.reject(new ApiRequestError('schema', 'x', 'bad', { field: 'data[0].total.value' }))
          : Promise.resolve([3]);
      }),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The data has an unexpected shape');
    expect(alert).toHaveTextContent('data[0].total.value');
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Drawn: 3')).toBeInTheDocument();
  });

  it('shows an empty state when there is nothing to draw', async () => {
    renderWithQuery(frame(() => Promise.resolve([])));
    expect(await screen.findByText('Nothing to show')).toBeInTheDocument();
  });
});
