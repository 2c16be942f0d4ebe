import { screen, within } from '@testing-library/react';
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
});
