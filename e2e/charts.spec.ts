import { annualChart, expect, test } from './fixtures';

test.afterEach(({ pageErrors }) => {
  expect(pageErrors).toEqual([]);
});

type ApiList<T> = { data: T[] };
type AnnualRow = { year: number; total: { value: number } };

test('the annual table lists exactly the API rows for the period', async ({ page }) => {
  await page.goto('/?from=2016-01&to=2020-12');
  await annualChart(page);
  const api = await page.evaluate(
    async () => (await (await fetch('/api/v1/trade/annual')).json()) as ApiList<AnnualRow>,
  );
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

type SanctionsRow = { id: string; date: string; title: string; major: boolean };

/** The API's events for a query, once the app (and so the mocked API) is up. */
const sanctionsFromApi = async (page: import('@playwright/test').Page, search: string) => {
  await annualChart(page);
  return page.evaluate(
    async (s) => ((await (await fetch(`/api/v1/sanctions${s}`)).json()) as ApiList<SanctionsRow>).data,
    search,
  );
};

test('the settlement chart draws the statements, calls out Putin’s >90% and shows sources on hover', async ({
  page,
}) => {
  await page.goto('/');
  const chart = page.getByTestId('settlement-statements-chart');
  await expect(chart.getByText('>90% — Putin, 16 May 2024')).toBeVisible();
  await expect(chart.getByText('99.1%', { exact: true })).toBeVisible();
  await chart.locator('.recharts-scatter-symbol').last().hover();
  const tooltip = page.locator('.chart-tooltip');
  await expect(tooltip).toContainText('99.1%');
  await expect(tooltip).toContainText(/Source/);
  await expect(page.getByTestId('settlement-breakdown-chart').getByText('Q1 2020')).toBeVisible();

  await page.getByRole('radio', { name: 'All Russian trade' }).check();
  await expect(page).toHaveURL(/settlement=russia/);
  await expect(page.getByTestId('russia-settlement-chart')).toBeVisible();
});

test('an event opens its details by keyboard, with its sources', async ({ page }) => {
  await page.goto('/?from=2024-01&to=2024-03');
  const timeline = page.getByTestId('sanctions-timeline-chart');
  const first = timeline.getByRole('button').first();
  await first.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  const [event] = await sanctionsFromApi(page, '?from=2024-01-01&to=2024-03-31');
  await expect(dialog.getByRole('heading').first()).toHaveText(event?.title ?? 'missing');
  const links = dialog.getByRole('link');
  if ((await links.count()) > 0) await expect(links.first()).toHaveAttribute('rel', 'noopener noreferrer');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(first).toBeFocused();
});

test('filters change the timeline, the markers on the other charts and the link', async ({ page }) => {
  await page.goto('/?markers=all');
  const tradeMarkers = page.getByTestId('annual-trade-chart').locator('.event-marker');
  const timelineEvents = page.getByTestId('sanctions-timeline-chart').getByRole('button');
  const all = await sanctionsFromApi(page, '');
  await expect(timelineEvents).toHaveCount(all.length);
  await expect(tradeMarkers).toHaveCount(all.length);

  await page.getByRole('button', { name: 'US', exact: true }).click();
  await expect(page).toHaveURL(/actor=EU,UK-G7,market,context/);
  const withoutUs = await sanctionsFromApi(page, '?actor=EU,UK-G7,market,context');
  expect(withoutUs.length).toBeLessThan(all.length);
  await expect(timelineEvents).toHaveCount(withoutUs.length);
  await expect(tradeMarkers).toHaveCount(withoutUs.length);
  await expect(page.getByTestId('settlement-statements-chart').locator('.event-marker')).toHaveCount(
    withoutUs.length,
  );

  await page.reload();
  await expect(page.getByRole('button', { name: 'US', exact: true })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await expect(timelineEvents).toHaveCount(withoutUs.length);
});

test('hovering an event on the timeline highlights it on the trade chart', async ({ page }) => {
  await page.goto('/?markers=major');
  const major = (await sanctionsFromApi(page, '')).filter((e) => e.major);
  const target = major[major.length - 1];
  if (!target) throw new Error('no major event in the data');
  const point = page
    .getByTestId('sanctions-timeline-chart')
    .locator(`.timeline-point[data-event-id="${target.id}"]`)
    .first();
  await point.hover();
  await expect(
    page.getByTestId('annual-trade-chart').locator(`.event-marker[data-event-id="${target.id}"]`),
  ).toHaveAttribute('data-hovered', 'true');
});

test('the period control narrows all three charts', async ({ page }) => {
  await page.goto('/');
  await annualChart(page);
  await page.getByRole('button', { name: '2023–2024' }).click();
  const inPeriod = await sanctionsFromApi(page, '?from=2023-01-01&to=2024-12-31');
  await expect(page.getByTestId('sanctions-timeline-chart').getByRole('button')).toHaveCount(inPeriod.length);
  const statements = page.getByTestId('settlement-statements-chart');
  await expect(statements.getByText('95%').first()).toBeVisible();
  await expect(statements.getByText('99.1%', { exact: true })).toHaveCount(0);
  await expect(statements.getByText('2–3%', { exact: true })).toHaveCount(0);
  await expect(page.getByTestId('annual-trade-chart').getByText('$190.3', { exact: true })).toHaveCount(0);
});

test('the timeline table lists exactly the API events for the view', async ({ page }) => {
  await page.goto('/?from=2022-01&to=2022-12&kind=financial');
  const expected = await sanctionsFromApi(page, '?from=2022-01-01&to=2022-12-31&kind=financial');
  const frame = page.getByRole('region', { name: /Sanctions pressure|measures/ });
  await frame.getByRole('button', { name: 'Table' }).click();
  const rows = frame.getByRole('table').locator('tbody tr');
  await expect(rows).toHaveCount(expected.length);
  for (const [i, event] of expected.entries()) await expect(rows.nth(i)).toContainText(event.title);
});

test('arrow keys step through the annual bars and show each year’s values', async ({ page }) => {
  await page.goto('/');
  const chart = await annualChart(page);
  await chart.locator('svg.recharts-surface').first().focus();
  const tooltip = page.locator('.chart-tooltip');
  await expect(tooltip).toContainText('2013');
  await page.keyboard.press('ArrowRight');
  await expect(tooltip).toContainText('2014');
  await expect(tooltip).toContainText('Total trade$95.3B');
  await page.keyboard.press('ArrowLeft');
  await expect(tooltip).toContainText('2013');
});

test.describe('on a laptop screen', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('a chart below the screen is drawn when scrolled near, its frame already in place', async ({
    page,
  }) => {
    await page.goto('/');
    await annualChart(page);
    const sanctions = page.locator('[data-frame-id="sanctions"]');
    // The frame, its finding and its filters are there; the plot holds its place, not yet drawn.
    await expect(sanctions.getByRole('heading', { level: 2 })).toHaveText(/measures/);
    await expect(sanctions.locator('.chart-canvas__place')).toHaveCount(1);
    await expect(sanctions.locator('.timeline-point')).toHaveCount(0);
    const top = await sanctions.evaluate((frame) => frame.getBoundingClientRect().top);
    await sanctions.locator('.chart-canvas__place').scrollIntoViewIfNeeded();
    await expect(sanctions.locator('.timeline-point').first()).toBeVisible();
    await expect(sanctions.locator('.chart-canvas__place')).toHaveCount(0);
    // Drawing it moved nothing: the frame is where it was, less the scroll.
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(await sanctions.evaluate((frame) => frame.getBoundingClientRect().top)).toBeCloseTo(
      top - scrolled,
      0,
    );
  });

  test('printing draws every chart first, on screen or not', async ({ page }) => {
    await page.goto('/');
    await annualChart(page);
    const sanctions = page.locator('[data-frame-id="sanctions"]');
    await expect(sanctions.locator('.chart-canvas__place')).toHaveCount(1);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect(sanctions.locator('.chart-canvas__place')).toHaveCount(0);
    await expect(sanctions.locator('.timeline-point').first()).toBeAttached();
  });
});

const figureCharts = [
  { view: '', ids: ['annual-trade-chart', 'settlement-statements-chart'] },
  { view: '&trade=monthly', ids: ['monthly-trade-chart'] },
  { view: '&trade=change', ids: ['monthly-change-chart'] },
];

for (const { view, ids } of figureCharts) {
  test(`chart figures are painted over the sanctions markers, haloed, and clear of their glyphs (${ids.join(', ')})`, async ({
    page,
  }) => {
    await page.goto(`/?markers=all${view}`);
    for (const id of ids) {
      const chart = page.getByTestId(id);
      // Markers join a chart in a render of their own, just after it draws.
      await expect(chart.locator('.event-marker').first()).toBeAttached();
      const figures = await chart.evaluate((root) => {
        const overlaps = (a: DOMRect, b: DOMRect) =>
          a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        const lines = [...root.querySelectorAll('.recharts-reference-line')];
        const glyphs = [...root.querySelectorAll('.event-marker path, .event-marker-cluster rect')].map(
          (glyph) => glyph.getBoundingClientRect(),
        );
        return [...root.querySelectorAll('.chart-label, .point-labels text, .recharts-label')].map(
          (text) => ({
            text: text.textContent,
            underALine: lines.some(
              (line) => text.compareDocumentPosition(line) & Node.DOCUMENT_POSITION_FOLLOWING,
            ),
            haloed: text.getAttribute('paint-order') === 'stroke' && Boolean(text.getAttribute('stroke')),
            onAGlyph: glyphs.some((glyph) => overlaps(glyph, text.getBoundingClientRect())),
          }),
        );
      });
      expect(figures.length).toBeGreaterThan(0);
      for (const figure of figures) {
        expect(figure, `${id}: ${figure.text}`).toEqual({
          text: figure.text,
          underALine: false,
          haloed: true,
          onAGlyph: false,
        });
      }
    }
  });
}
