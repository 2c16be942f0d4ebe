import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PeriodControl } from '@/components/period-control/period-control';
import { resetViewStore } from '@/store/view-store';

describe('PeriodControl', () => {
  beforeEach(() => resetViewStore());

  it('applies a preset and shows the period', async () => {
    render(<PeriodControl />);
    await userEvent.click(screen.getByRole('button', { name: '2023–2024' }));
    expect(screen.getByText(/Period:/)).toHaveTextContent('Period: Jan 2023 – Dec 2024');
    expect(screen.getByRole('button', { name: '2023–2024' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('slider', { name: 'First month' })).toHaveAttribute('aria-valuetext', 'Jan 2023');
  });

  it('moves the handles, never past each other', () => {
    resetViewStore({ from: '2022-01', to: '2022-06' });
    render(<PeriodControl />);
    fireEvent.change(screen.getByRole('slider', { name: 'First month' }), { target: { value: '150' } });
    expect(screen.getByText(/Period:/)).toHaveTextContent('Jun 2022 – Jun 2022');
    fireEvent.change(screen.getByRole('slider', { name: 'Last month' }), { target: { value: '155' } });
    expect(screen.getByText(/Period:/)).toHaveTextContent('Jun 2022 – Dec 2025');
  });

  it('switches the sanctions markers', async () => {
    render(<PeriodControl />);
    await userEvent.click(screen.getByRole('radio', { name: 'None' }));
    expect(screen.getByRole('radio', { name: 'None' })).toBeChecked();
  });
});
