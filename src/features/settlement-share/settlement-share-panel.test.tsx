import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SettlementSharePanel } from '@/features/settlement-share/settlement-share-panel';
import { resetViewStore } from '@/store/view-store';
import { renderWithQuery } from '@/test/render';

describe('SettlementSharePanel', () => {
  beforeEach(() => resetViewStore());

  it('draws the statements as labelled points and the breakdowns as columns', async () => {
    renderWithQuery(<SettlementSharePanel />);
    const chart = await screen.findByTestId('settlement-statements-chart');
    expect((await within(chart).findAllByText('95%')).length).toBeGreaterThan(0);
    expect(within(chart).getByText('99.1%')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      'Rubles and yuan now settle almost all China–Russia trade: 99.1% by Nov 2025',
    );
    const breakdowns = screen.getByTestId('settlement-breakdown-chart');
    expect(within(breakdowns).getByText('Q1 2020')).toBeInTheDocument();
    expect(within(breakdowns).getByText('46%')).toBeInTheDocument();
  });

  it('calls out Putin’s >90% with the figure as published', async () => {
    renderWithQuery(<SettlementSharePanel />);
    const chart = await screen.findByTestId('settlement-statements-chart');
    expect(await within(chart).findByText('>90% — Putin, 16 May 2024')).toBeInTheDocument();
  });

  it('shows the tooltip with the speaker, status and publishers of a point', async () => {
    renderWithQuery(<SettlementSharePanel />);
    const chart = await screen.findByTestId('settlement-statements-chart');
    await within(chart).findByText('99.1%');
    const symbols = chart.querySelectorAll('.recharts-scatter-symbol');
    const last = symbols[symbols.length - 1];
    if (!last) throw new Error('no points drawn');
    fireEvent.mouseEnter(last);
    const tooltip = await screen.findByText('4 Nov 2025');
    const body = tooltip.closest('.chart-tooltip');
    if (!(body instanceof HTMLElement)) throw new Error('no tooltip');
    expect(body).toHaveTextContent('Anton Siluanov, Finance Minister');
    expect(body).toHaveTextContent('Official statement');
    await waitFor(() => expect(body).toHaveTextContent('finance.mail.ru; news-pravda; Sputnik'));
  });

  it('switches to the yuan’s share of all of Russia’s trade', async () => {
    const user = userEvent.setup();
    renderWithQuery(<SettlementSharePanel />);
    await screen.findByTestId('settlement-statements-chart');
    await user.click(screen.getByRole('radio', { name: 'All Russian trade' }));
    const chart = await screen.findByTestId('russia-settlement-chart');
    expect(await within(chart).findByText('0.4–0.5%')).toBeInTheDocument();
    expect(within(chart).getByText('36.4%')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      /^The yuan rose from 0\.4–0\.5% to 34\.5%/,
    );
    expect(screen.getByText(/every partner, % of settlements, 2022–2024$/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Yuan, Russia’s imports' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('lists exactly the observations shown in the table view', async () => {
    const user = userEvent.setup();
    renderWithQuery(<SettlementSharePanel />);
    await screen.findByTestId('settlement-statements-chart');
    await user.click(screen.getByRole('button', { name: 'Table' }));
    const table = await screen.findByRole('table');
    // 13 ruble-and-yuan figures and 3 breakdowns of 4 currencies, under the header row.
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 13 + 12);
    const putin = within(table).getByRole('row', { name: /16 May 2024/ });
    expect(putin).toHaveTextContent('>90%');
    expect(putin).toHaveTextContent('Vladimir Putin, President of Russia');
    expect(putin).toHaveTextContent('Official statement');
    await waitFor(() => expect(putin).toHaveTextContent('Devdiscourse; TASS'));
  });

  it('toggles a series from the legend', async () => {
    const user = userEvent.setup();
    renderWithQuery(<SettlementSharePanel />);
    const breakdowns = await screen.findByTestId('settlement-breakdown-chart');
    expect(await within(breakdowns).findByText('77.2%')).toBeInTheDocument();
    const dollar = screen.getByRole('button', { name: 'US dollar' });
    expect(dollar).toHaveAttribute('aria-pressed', 'true');
    await user.click(dollar);
    expect(dollar).toHaveAttribute('aria-pressed', 'false');
    expect(within(breakdowns).queryByText('77.2%')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Rubles + yuan' }));
    const chart = screen.getByTestId('settlement-statements-chart');
    expect(within(chart).queryByText('>90% — Putin, 16 May 2024')).not.toBeInTheDocument();
    expect(within(chart).queryByText('99.1%')).not.toBeInTheDocument();
  });

  it('narrows to the chosen period', async () => {
    resetViewStore({ from: '2017-01', to: '2020-12' });
    renderWithQuery(<SettlementSharePanel />);
    const chart = await screen.findByTestId('settlement-statements-chart');
    expect(await within(chart).findByText('18.3%')).toBeInTheDocument();
    expect(within(chart).queryByText('99.1%')).not.toBeInTheDocument();
    expect(within(chart).queryByText(/Putin/)).not.toBeInTheDocument();
    expect(screen.getByText(/% of settlements, 2017–2020$/)).toBeInTheDocument();
  });

  it('says when the period holds no Bank of Russia figures', async () => {
    resetViewStore({ from: '2015-01', to: '2019-12', settlement: 'russia' });
    renderWithQuery(<SettlementSharePanel />);
    expect(await screen.findByText('Nothing to show')).toBeInTheDocument();
    expect(screen.getByText(/they cover 2022–2024/)).toBeInTheDocument();
  });
});
