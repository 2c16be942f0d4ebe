import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { apiUrl } from '@/api/client';
import { TradeGrowthPanel } from '@/features/trade-growth/trade-growth-panel';
import { server } from '@/mocks/node';
import { resetViewStore } from '@/store/view-store';
import { renderWithQuery } from '@/test/render';

describe('TradeGrowthPanel', () => {
  beforeEach(() => resetViewStore());

  it('draws the annual bars with each year’s total from the API', async () => {
    renderWithQuery(<TradeGrowthPanel />);
    const chart = await screen.findByTestId('annual-trade-chart');
    expect(await within(chart).findByText('$190.3')).toBeInTheDocument();
    expect(within(chart).getByText('$240.1')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      'Trade jumped 26.3% to $240B in 2023',
    );
  });

  it('narrows to the chosen period', async () => {
    resetViewStore({ from: '2022-01', to: '2023-12' });
    renderWithQuery(<TradeGrowthPanel />);
    const chart = await screen.findByTestId('annual-trade-chart');
    expect(await within(chart).findByText('$240.1')).toBeInTheDocument();
    expect(within(chart).queryByText('$244.8')).not.toBeInTheDocument();
    expect(screen.getByText(/2022–2023$/)).toBeInTheDocument();
  });

  it('shows the error with a Retry when the API fails', async () => {
    server.use(
      http.get(apiUrl('trade/annual'), () =>
        HttpResponse.json({ error: { code: 'x', message: 'down' } }, { status: 500 }),
      ),
    );
    renderWithQuery(<TradeGrowthPanel />);
    expect(await screen.findByRole('alert')).toHaveTextContent('The data service failed');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('switches to the monthly views and marks March 2024', async () => {
    renderWithQuery(<TradeGrowthPanel />);
    await screen.findByTestId('annual-trade-chart');
    await userEvent.click(screen.getByRole('radio', { name: 'Monthly' }));
    const monthly = await screen.findByTestId('monthly-trade-chart');
    expect(within(monthly).getByText('Mar 2024: exports ≈−16% y/y')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      'fell about 16% year on year in Mar 2024',
    );
    await userEvent.click(screen.getByRole('radio', { name: 'Monthly change' }));
    expect(await screen.findByTestId('monthly-change-chart')).toBeInTheDocument();
    expect(screen.getByText(/Hollow points: change in yuan terms/)).toBeInTheDocument();
  });

  it('shows the same data as a table', async () => {
    resetViewStore({ from: '2022-01', to: '2023-12' });
    renderWithQuery(<TradeGrowthPanel />);
    await screen.findByTestId('annual-trade-chart');
    await userEvent.click(screen.getByRole('button', { name: 'Table' }));
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[2]).toHaveTextContent('2023$240.1B$111.0B$129.1B+26.3%');
  });

  it('toggles a series from the legend', async () => {
    renderWithQuery(<TradeGrowthPanel />);
    await screen.findByTestId('annual-trade-chart');
    const exports = screen.getByRole('button', { name: 'China’s exports to Russia' });
    expect(exports).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(exports);
    expect(exports).toHaveAttribute('aria-pressed', 'false');
  });
});
