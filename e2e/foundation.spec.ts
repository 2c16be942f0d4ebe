import type { ZodType } from 'zod';
import {
  AnnualTradeResponse,
  MetaResponse,
  PeriodTradeResponse,
  SanctionsResponse,
  SettlementResponse,
  SourcesResponse,
} from '../src/api/schemas';
import { annualChart, expect, test } from './fixtures';

test.afterEach(({ pageErrors }) => {
  expect(pageErrors).toEqual([]);
});

test('loads with no console errors and draws the sourced annual figures', async ({ page }) => {
  await page.goto('/');
  const chart = await annualChart(page);
  await expect(chart.getByText('$190.3', { exact: true })).toBeVisible();
  await expect(chart.getByText('$240.1', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText(
    /Trade jumped 26\.3% to \$240B in 2023/,
  );
  await expect(page.getByText(/Data as of 14 Jan 2026/)).toBeVisible();
  await expect(page.getByText(/served from inside the page/)).toHaveCount(0);
});

test('the page paints its frames before its code runs, and the app takes them over', async ({
  browser,
  baseURL,
  page,
}) => {
  const noScript = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const firstPaint = await noScript.newPage();
  await firstPaint.goto('/');
  await expect(firstPaint.getByRole('heading', { level: 1 })).toHaveText('China–Russia trade briefing');
  await expect(firstPaint.getByText('Period: Jan 2013 – Dec 2025')).toBeVisible();
  await expect(firstPaint.locator('.chart-frame').getByRole('heading', { level: 2 })).toHaveText([
    'China–Russia goods trade',
    'How China–Russia trade is settled',
    'Western sanctions pressure on Russia’s trade',
  ]);
  await expect(firstPaint.locator('.chart-frame__skeleton')).toHaveCount(3);
  await noScript.close();

  await page.goto('/');
  await annualChart(page);
  await expect(page.locator('[inert]')).toHaveCount(0);
  await page.getByRole('button', { name: 'Since 2022' }).click();
  await expect(page.getByText('Period: Jan 2022 – Dec 2025')).toBeVisible();
});

test('on a dark system the first paint is dark, before the code runs', async ({ browser, baseURL }) => {
  const noScript = await browser.newContext({ baseURL, javaScriptEnabled: false, colorScheme: 'dark' });
  const firstPaint = await noScript.newPage();
  await firstPaint.goto('/');
  await expect(firstPaint.locator('body')).toHaveCSS('background-color', 'rgb(15, 17, 20)');
  await noScript.close();
});

test('hovering a bar shows the exact value, its status and its source', async ({ page }) => {
  await page.goto('/');
  const chart = await annualChart(page);
  const bars = chart.locator('.recharts-bar-rectangle');
  // Years are drawn left to right from 2013, so 2023 is the eleventh bar of each series.
  await bars.nth(10).hover();
  const tooltip = page.locator('.chart-tooltip');
  await expect(tooltip).toContainText('2023');
  await expect(tooltip).toContainText('Total trade$240.1B');
  await expect(tooltip).toContainText('Total trade, change on a year earlier+26.3%');
  await expect(tooltip).toContainText('Reported');
  await expect(tooltip).toContainText('Source:');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });

  test('tapping a bar shows its figures (the tooltip joins the chart on the first touch)', async ({
    page,
  }) => {
    await page.goto('/');
    const bars = (await annualChart(page)).locator('.recharts-bar-rectangle');
    await expect(page.locator('.chart-tooltip')).toHaveCount(0);
    await bars.nth(10).tap();
    await expect(page.locator('.chart-tooltip')).toContainText('Total trade$240.1B');
  });
});

test('every endpoint returns schema-valid data in the browser', async ({ page }) => {
  await page.goto('/');
  await annualChart(page);
  const endpoints: [string, ZodType][] = [
    ['trade/annual', AnnualTradeResponse],
    ['trade/monthly', PeriodTradeResponse],
    ['settlement', SettlementResponse],
    ['sanctions', SanctionsResponse],
    ['sanctions?actor=EU&kind=financial&from=2022-01-01', SanctionsResponse],
    ['sources', SourcesResponse],
    ['meta', MetaResponse],
  ];
  for (const [path, schema] of endpoints) {
    const body = await page.evaluate(
      async (p) => (await fetch(`/api/v1/${p}`)).json() as Promise<unknown>,
      path,
    );
    const result = schema.safeParse(body);
    expect(result.success, `${path}: ${result.error?.message ?? ''}`).toBe(true);
  }
});

test('a bad filter or an unknown path gets a JSON error, not HTML', async ({ page, pageErrors }) => {
  await page.goto('/');
  await annualChart(page);
  const bad = await page.evaluate(async () => {
    const response = await fetch('/api/v1/sanctions?actor=NATO');
    return { status: response.status, body: (await response.json()) as unknown };
  });
  expect(bad.status).toBe(400);
  expect(bad.body).toMatchObject({ error: { code: 'bad-filter' } });
  const unknown = await page.evaluate(async () => {
    const response = await fetch('/api/v1/trade/weekly');
    return { status: response.status, body: (await response.json()) as unknown };
  });
  expect(unknown.status).toBe(404);
  expect(unknown.body).toMatchObject({ error: { code: 'not-found' } });
  // The browser logs each refused request; those two are the only errors expected.
  expect(pageErrors.splice(0)).toEqual([
    expect.stringContaining('400 (Bad Request)'),
    expect.stringContaining('404 (Not Found)'),
  ]);
});

test('a link with view state reopens that view, and the view is written to the link', async ({ page }) => {
  await page.goto('/?from=2022-01&to=2023-12&theme=dark');
  const chart = await annualChart(page);
  await expect(chart.getByText('$240.1', { exact: true })).toBeVisible();
  await expect(chart.getByText('$244.8', { exact: true })).toHaveCount(0);
  await expect(chart.getByText('$95.3', { exact: true })).toHaveCount(0);
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  await page.getByRole('radio', { name: 'Light' }).check();
  await expect(page).toHaveURL(/[?&]theme=light/);
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Light' })).toBeChecked();
  await expect((await annualChart(page)).getByText('$244.8', { exact: true })).toHaveCount(0);
});

test('garbled view parameters fall back to defaults', async ({ page }) => {
  await page.goto('/?from=abc&to=2024-99&actor=%3Cscript%3E&theme=neon');
  const chart = await annualChart(page);
  await expect(chart.getByText('$89.2', { exact: true })).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
});

test('the Sources panel lists every source with what it backs', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Sources' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sources' });
  await expect(dialog).toBeVisible();
  const count = await page.evaluate(
    async () =>
      ((await (await fetch('/api/v1/meta')).json()) as { data: { counts: { sources: number } } }).data.counts
        .sources,
  );
  await expect(dialog.getByRole('listitem')).toHaveCount(count);
  await expect(dialog.getByText(/^Backs:/).first()).toBeVisible();
  const link = dialog.getByRole('link').first();
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(link).toHaveAttribute('target', '_blank');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('works under a sub-path', async ({ page }) => {
  await page.goto('/some/path/?from=2020-01');
  const chart = await annualChart(page);
  await expect(chart.getByText('$240.1', { exact: true })).toBeVisible();
  await expect(chart.getByText('$89.2', { exact: true })).toHaveCount(0);
  const status = await page.evaluate(async () => (await fetch('/some/path/api/v1/meta')).status);
  expect(status).toBe(200);
  await expect(page).toHaveURL(/\/some\/path\/\?from=2020-01$/);
});

test.describe('with service workers blocked', () => {
  test.use({ serviceWorkers: 'block' });

  test('answers the API in the page and says so quietly', async ({ page }) => {
    await page.goto('/');
    const chart = await annualChart(page);
    await expect(chart.getByText('$190.3', { exact: true })).toBeVisible();
    await expect(chart.getByText('$240.1', { exact: true })).toBeVisible();
    await expect(page.getByRole('note')).toContainText('served from inside the page');
  });

  test('also under a sub-path', async ({ page }) => {
    await page.goto('/some/path/');
    await expect((await annualChart(page)).getByText('$240.1', { exact: true })).toBeVisible();
  });
});
