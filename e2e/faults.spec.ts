import type { Page } from '@playwright/test';
import { annualChart, expect, test } from './fixtures';

test.afterEach(({ pageErrors }) => {
  // A failed request is logged by the browser itself; anything else would be the app's fault.
  expect(pageErrors.filter((message) => !/Failed to load resource|net::ERR_FAILED/.test(message))).toEqual(
    [],
  );
});

const frame = (page: Page, id: string) => page.locator(`section[data-frame-id="${id}"]`);

/** Switches the mock API's fault off (or to another) without reloading, as a demo would. */
const setScenario = (page: Page, scenario: string | null) =>
  page.evaluate((value) => {
    const url = new URL(window.location.href);
    if (value === null) url.searchParams.delete('scenario');
    else url.searchParams.set('scenario', value);
    window.history.replaceState(window.history.state, '', url);
  }, scenario);

/** The other two charts still draw while one fails. */
async function othersStillWork(page: Page) {
  await annualChart(page);
  await expect(frame(page, 'sanctions').locator('.timeline-point').first()).toBeVisible();
}

const cases = [
  ['error', 'The data service failed', /scenario “error”/],
  ['offline', 'Could not reach the data service', /connection failed/],
  ['malformed', 'The data arrived damaged', /not JSON/],
  ['invalid', 'The data has an unexpected shape', /Field data\[0\]\.\w+ does not match the API contract/],
] as const;

for (const [fault, title, detail] of cases) {
  test(`settlement fails with “${fault}”: the frame says what failed, offers Retry, the other charts work`, async ({
    page,
  }) => {
    await page.goto(`/?scenario=${fault}:settlement`);
    const settlement = frame(page, 'settlement');
    const alert = settlement.getByRole('alert');
    await expect(alert).toContainText(title);
    await expect(alert).toContainText(detail);
    await othersStillWork(page);

    // Once the fault clears, Retry brings the chart back without a reload.
    await setScenario(page, null);
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(settlement.getByTestId('settlement-statements-chart')).toBeVisible();
    await expect(settlement.getByRole('alert')).toHaveCount(0);
  });
}

test('every endpoint failing still leaves a page that explains itself', async ({ page }) => {
  await page.goto('/?scenario=error');
  await expect(page.getByText('Dataset date unavailable')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(3);
  for (const alert of await page.getByRole('alert').all()) {
    await expect(alert).toContainText('The data service failed');
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
  }
  await expect(page.getByRole('heading', { level: 1, name: 'China–Russia trade briefing' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Since 2022' })).toBeEnabled();
});

test('a slow endpoint shows a loading state, never a blank, and the chart arrives', async ({ page }) => {
  await page.goto('/?scenario=slow:annual');
  const trade = frame(page, 'trade-annual');
  await expect(trade.getByRole('status').filter({ hasText: /Loading/ })).toBeAttached();
  await expect(trade.locator('[aria-busy="true"]')).toBeVisible();
  await expect(frame(page, 'sanctions').locator('.timeline-point').first()).toBeVisible();
  await annualChart(page);
});

test('an empty answer says there is nothing to show, and exporting it says why it failed', async ({
  page,
}) => {
  await page.goto('/?scenario=empty:sanctions');
  const sanctions = frame(page, 'sanctions');
  await expect(sanctions.getByText('Nothing to show')).toBeVisible();
  await annualChart(page);
  await sanctions.getByRole('button', { name: 'Export', exact: true }).click();
  await sanctions.getByRole('menuitem', { name: /PNG 2×/ }).click();
  await expect(sanctions.getByRole('status').filter({ hasText: 'Export failed' })).toHaveText(
    'Export failed: the chart has nothing to draw yet',
  );
});

test('a refresh that fails keeps the chart and says it may be stale; the page keeps working for hours', async ({
  page,
}) => {
  await page.clock.install();
  await page.goto('/');
  await annualChart(page);
  await setScenario(page, 'error:annual');
  // Data refreshes every 10 minutes; the failed refresh is retried once.
  await page.clock.runFor('10:30');
  await page.clock.runFor(5_000);
  const trade = frame(page, 'trade-annual');
  const note = trade.getByRole('status').filter({ hasText: 'may be out of date' });
  await expect(note).toContainText('The latest refresh failed: the data service failed.');
  await expect(trade.getByText('$240.1')).toBeVisible();

  await setScenario(page, null);
  await note.getByRole('button', { name: 'Retry' }).click();
  await expect(note).toHaveCount(0);

  // Three more hours of refreshes, then the page still answers.
  for (let hour = 0; hour < 3; hour += 1) await page.clock.runFor('01:00:00');
  await page.getByRole('button', { name: 'Since 2022' }).click();
  await expect(trade.getByText('$89.2')).toHaveCount(0);
  await expect(trade.getByText('$240.1')).toBeVisible();
});

test('garbled and hostile URL parameters fall back to defaults and never render markup', async ({ page }) => {
  await page.goto(
    '/?from=abc&to=2099-99&slide=999&step=-4&actor=%3Cscript%3Ewindow.hacked%3D1%3C%2Fscript%3E&kind=%22%3E%3Cimg%20src%3Dx%3E&scenario=bogus:nowhere&present',
  );
  const briefing = page.getByRole('dialog', { name: 'Briefing' });
  await expect(briefing.locator('.briefing__counter')).toHaveText('1 / 6');
  await expect(briefing).toContainText('Jan 2013 – Dec 2025');
  expect(await page.evaluate(() => (window as { hacked?: number }).hacked)).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await annualChart(page);
  await expect(page.getByRole('button', { name: 'US', exact: true })).toHaveAttribute('aria-pressed', 'true');
});

test('saved notes that cannot be read are set aside with a message, and typing still saves', async ({
  page,
}) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(
        'china-russia-briefing:notes',
        '{"version":1,"slides":{"trade":{"notes":"My draft',
      );
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto('/?present&presenter&slide=2');
  await expect(page.getByRole('alert')).toContainText('Saved notes could not be read');
  const backup = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('china-russia-briefing:notes:unreadable:'))
      .map((key) => localStorage.getItem(key)),
  );
  expect(backup).toEqual(['{"version":1,"slides":{"trade":{"notes":"My draft']);
  await page.getByLabel('Speaker notes').fill('Fresh notes');
  await page.reload();
  await expect(page.getByLabel('Speaker notes')).toHaveValue('Fresh notes');
});

test('notes that cannot be saved (storage full) stay on screen with a message', async ({ page }) => {
  await page.addInitScript(() => {
    const original = Object.getOwnPropertyDescriptor(Storage.prototype, 'setItem')?.value as (
      this: Storage,
      key: string,
      value: string,
    ) => void;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      if (key === 'china-russia-briefing:notes') throw new DOMException('full', 'QuotaExceededError');
      original.call(this, key, value);
    };
  });
  await page.goto('/?present&presenter&slide=2');
  await page.getByLabel('Speaker notes').fill('Do not lose this');
  await expect(page.getByRole('alert')).toContainText('storage is full');
  await expect(page.getByLabel('Speaker notes')).toHaveValue('Do not lose this');
});

test('the production build runs under its Content-Security-Policy with no violation', async ({
  page,
  context,
}) => {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation: (t: string) => void }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  await page.goto('/');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain('unsafe-eval');
  await annualChart(page);
  // Export, briefing mode and the dialogs all run under it.
  const trade = frame(page, 'trade-annual');
  await trade.getByRole('button', { name: 'Export', exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    trade.getByRole('menuitem', { name: /PNG 2×/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('trade-annual@2x.png');
  await page.getByRole('button', { name: 'Sources' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.getByRole('button', { name: 'Present' }).click();
  const briefing = page.getByRole('dialog', { name: 'Briefing' });
  await expect(briefing.locator('.briefing__counter')).toHaveText('1 / 6');
  await page.keyboard.press('ArrowRight');
  await expect(briefing.locator('.briefing__stage').getByTestId('annual-trade-chart')).toBeVisible();
  expect(violations).toEqual([]);

  // The policy is live: an injected inline script and eval are refused (in a page of its own).
  const probe = await context.newPage();
  await probe.goto('/');
  const refused = await probe.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
    // A string handed to a timer is eval'd in the page; the policy must refuse it.
    (window.setTimeout as (code: string, ms: number) => number)('window.evaluated = true', 0);
    await new Promise((resolve) => window.setTimeout(resolve, 200));
    const flags = window as { injected?: boolean; evaluated?: boolean };
    return { injected: flags.injected === true, evaluated: flags.evaluated === true };
  });
  expect(refused).toEqual({ injected: false, evaluated: false });
});
