import { annualChart, expect, test } from './fixtures';

test.afterEach(({ pageErrors }) => {
  expect(pageErrors).toEqual([]);
});

type ApiList<T> = { data: T[] };
type AnnualRow = { year: number; total: { value: number } };

test('the annual table lists exactly the API rows for the period', async ({ page }) => {
  await page.goto('/?from=2016-01&to=2020-12');
  await annualChart(page);
  const api = await page.evaluate(async () => (await (await fetch('/api/v1/trade/annual')).json()) as ApiList<AnnualRow>);
  const expected = api.data.filter((row) => row.year >= 2016 && row.year <= 2020);
  const trade = page.getByRole('region', { name: /Trade jumped|China–Russia goods trade/ });
  await trade.getByRole('button', { name: 'Table' }).click();
  const rows = trade.getByRole('table').locator('tbody tr');
  await expect(rows).toHaveCount(expected.length);
  for (const [i, row] of expected.entries()) {
    await expect(rows.nth(i).locator('th')).toHaveText(String(row.year));
    await expect(rows.nth(i).locator('td').first()).toHaveText(`$${row.total.value.toFixed(1)}B`);
  }
});

test('the monthly view marks March 2024 and its tooltip gives the change and source', async ({ page }) => {
  await page.goto('/?trade=change&from=2023-06&to=2024-12');
  const chart = page.getByTestId('monthly-change-chart');
  await expect(chart.getByText('Mar 2024: exports ≈−16%')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText(
    'China’s exports to Russia fell about 16% year on year in Mar 2024',
  );
  await chart.locator('.recharts-scatter-symbol').first().hover();
  const tooltip = page.locator('.chart-tooltip');
  await expect(tooltip).toContainText('change on a year earlier');
  await expect(tooltip).toContainText('Source:');
});

test('the period presets narrow the trade chart and survive a reload', async ({ page }) => {
  await page.goto('/');
  const chart = await annualChart(page);
  await page.getByRole('button', { name: '2023–2024' }).click();
  await expect(page).toHaveURL(/from=2023-01&to=2024-12/);
  await expect(chart.getByText('$240.1', { exact: true })).toBeVisible();
  await expect(chart.getByText('$190.3', { exact: true })).toHaveCount(0);
  await page.getByRole('radio', { name: 'Monthly', exact: true }).check();
  await expect(page).toHaveURL(/trade=monthly/);
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Monthly', exact: true })).toBeChecked();
  await expect(page.getByText('Period:')).toContainText('Jan 2023 – Dec 2024');
  await expect(page.getByTestId('monthly-trade-chart')).toBeVisible();
});

test('dragging the period handles by keyboard narrows the period', async ({ page }) => {
  await page.goto('/?from=2022-01');
  await annualChart(page);
  const first = page.getByRole('slider', { name: 'First month' });
  await first.focus();
  for (let i = 0; i < 12; i += 1) await page.keyboard.press('ArrowRight');
  await expect(first).toHaveAttribute('aria-valuetext', 'Jan 2023');
  await expect(page).toHaveURL(/from=2023-01/);
});
