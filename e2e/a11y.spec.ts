import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { annualChart, expect, test } from './fixtures';

test.afterEach(({ pageErrors }) => {
  expect(pageErrors).toEqual([]);
});

/** Serious and critical axe findings on the page (or part of it), as readable lines. */
async function seriousViolations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page }).withTags([
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
    'best-practice',
  ]);
  if (include) builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
}

for (const theme of ['light', 'dark'] as const) {
  test(`the dashboard has no serious accessibility findings (${theme} theme)`, async ({ page }) => {
    await page.goto(`/?theme=${theme}`);
    await annualChart(page);
    await expect(page.locator('section[data-frame-id="sanctions"] .timeline-point').first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    // Each chart has a one-sentence text alternative, besides its Table view.
    await expect(page.locator('section[data-frame-id="trade-annual"]')).toHaveAccessibleDescription(
      /^Bar chart of China–Russia goods trade by year, 2013–2025: \$89\.2B in 2013/,
    );
    await expect(page.locator('section[data-frame-id="sanctions"]')).toHaveAccessibleDescription(
      /^Timeline of 38 sanctions events/,
    );
  });
}

test('dialogs, menus and table views have no serious accessibility findings', async ({ page }) => {
  await page.goto('/');
  await annualChart(page);
  await page.getByRole('button', { name: 'Sources' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');

  const trade = page.locator('section[data-frame-id="trade-annual"]');
  await trade.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(trade.getByRole('menu')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');

  for (const frame of await page.locator('section[data-frame-id]').all()) {
    await frame.getByRole('button', { name: 'Table' }).click();
    await expect(frame.getByRole('table')).toBeVisible();
  }
  expect(await seriousViolations(page)).toEqual([]);

  const sanctions = page.locator('section[data-frame-id="sanctions"]');
  await sanctions.getByRole('button', { name: 'Table' }).click();
  await sanctions.locator('.timeline-point[role="button"]').first().focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('briefing mode and the presenter view have no serious accessibility findings', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/?present');
  for (const slide of [1, 2, 3, 4, 5, 6]) {
    // Jump as a presenter would: the slide number, then Enter.
    await page.keyboard.press(String(slide));
    await page.keyboard.press('Enter');
    await expect(page.locator('.briefing__counter')).toHaveText(`${String(slide)} / 6`);
    await page.waitForTimeout(300);
    expect(await seriousViolations(page), `slide ${String(slide)}`).toEqual([]);
  }
  await page.keyboard.press('?');
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto('/?present&presenter&slide=2');
  await expect(page.getByLabel('Speaker notes')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('everything is reachable by keyboard with a visible focus ring', async ({ page }) => {
  await page.goto('/');
  await annualChart(page);
  const seen = new Set<string>();
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const el = document.activeElement;
      if (!(el instanceof HTMLElement || el instanceof SVGElement)) return null;
      // A range input draws its ring on the thumb it moves; that one is checked by its pixels below.
      const isRange = el instanceof HTMLInputElement && el.type === 'range';
      const style = getComputedStyle(el);
      return {
        name: (el.getAttribute('aria-label') ?? el.textContent).trim().slice(0, 30),
        ring: isRange || (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2),
      };
    });
    if (!focus) continue;
    expect(focus.ring, `focus ring on “${focus.name}”`).toBe(true);
    seen.add(focus.name);
  }
  for (const name of ['Present', 'Export all', 'Since 2022', 'Export', 'Table']) expect(seen).toContain(name);

  const slider = page.locator('.period-control__slider');
  await page.getByRole('slider', { name: 'First month' }).blur();
  const plain = await slider.screenshot();
  await page.getByRole('slider', { name: 'First month' }).focus();
  await page.keyboard.press('Shift');
  expect((await slider.screenshot()).equals(plain)).toBe(false);
});

test('prefers-reduced-motion turns animation off', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  await annualChart(page);
  const moving = await page.evaluate(
    () =>
      [...document.querySelectorAll('*')].filter((el) => {
        const style = getComputedStyle(el);
        return (
          (style.animationName !== 'none' && parseFloat(style.animationDuration) > 0.01) ||
          parseFloat(style.transitionDuration) > 0.01
        );
      }).length,
  );
  expect(moving).toBe(0);
});
