import type { Page } from '@playwright/test';
import { annualChart, expect, test } from './fixtures';

test.afterEach(({ pageErrors }) => {
  expect(pageErrors).toEqual([]);
});

test.use({ viewport: { width: 1920, height: 1080 } });

const briefing = (page: Page) => page.getByRole('dialog', { name: 'Briefing' });
const slide = (page: Page) => briefing(page).locator('.briefing__stage');
const counter = (page: Page) => briefing(page).locator('.briefing__counter');

/** The briefing's place as the address bar says it: slide and step, 1-based. */
const position = (page: Page) => {
  const params = new URL(page.url()).searchParams;
  return `${params.get('slide') ?? '-'}.${params.get('step') ?? '1'}`;
};

test('a deep link opens the briefing at that slide', async ({ page }) => {
  await page.goto('/?present&slide=3');
  await expect(counter(page)).toHaveText('3 / 6');
  await expect(slide(page)).toHaveAttribute('aria-label', 'Slide 3 of 6: Currency settlement');
  await expect(slide(page).getByRole('heading', { level: 2 })).toContainText('99.1%');
  await expect(slide(page).locator('.slide__points li')).toHaveCount(3);
});

test('the keys step through every slide and build, and jump', async ({ page }) => {
  await page.goto('/?present');
  await expect(counter(page)).toHaveText('1 / 6');
  await expect(slide(page).getByRole('heading', { name: /outgrown Western sanctions/ })).toBeVisible();

  // Trade: 2013–2022 first, then the 2023 jump is revealed.
  await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText('2 / 6');
  const trade = slide(page).getByTestId('annual-trade-chart');
  await expect(trade.getByText('$190.3')).toBeVisible();
  await expect(trade.getByText('$240.1')).toHaveCount(0);
  await page.keyboard.press('Space');
  await expect(trade.getByText('$240.1')).toBeVisible();
  await expect(trade.getByText('+26.3%')).toBeVisible();

  // Through to the end with the keys a clicker sends, noting every place.
  const seen = [position(page)];
  for (let i = 0; i < 40 && !(await counter(page).textContent())?.startsWith('6 /'); i += 1) {
    await page.keyboard.press(i % 2 ? 'PageDown' : 'ArrowRight');
    seen.push(position(page));
  }
  expect(seen).toContain('3.1');
  expect(seen).toContain('3.2');
  expect(seen).toContain('4.2');
  // Sanctions events come one at a time, each named as it appears.
  expect(seen.filter((place) => place.startsWith('4.')).length).toBeGreaterThan(5);
  await expect(counter(page)).toHaveText('6 / 6');
  await expect(slide(page).getByRole('heading', { level: 2 })).toContainText('sources from');
  await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText('6 / 6');

  await page.keyboard.press('PageUp');
  await expect(counter(page)).toHaveText('5 / 6');
  await page.keyboard.press('Home');
  await expect(counter(page)).toHaveText('1 / 6');
  await page.keyboard.press('End');
  await expect(counter(page)).toHaveText('6 / 6');
  await page.keyboard.press('4');
  await expect(counter(page)).toHaveText('Go to 4…');
  await page.keyboard.press('Enter');
  await expect(counter(page)).toHaveText('4 / 6');
  expect(position(page)).toBe('4.1');
  await expect(slide(page).locator('.slide__reveal')).toHaveText('Major Western measures, one at a time');
  await page.keyboard.press('ArrowRight');
  await expect(slide(page).locator('.slide__reveal')).toContainText('Crimea');
  await page.keyboard.press('ArrowRight');
  await expect(slide(page).locator('.slide__reveal')).toContainText('24 Feb 2022: Russia invades Ukraine');

  await page.keyboard.press('b');
  await expect(briefing(page).getByRole('status', { name: /Screen blanked/ })).toBeVisible();
  await page.keyboard.press('b');
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Briefing keys' })).toContainText('PageDown');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Briefing keys' })).toHaveCount(0);
  await expect(briefing(page)).toBeVisible();
});

test('P opens the briefing and Esc returns to the same dashboard view', async ({ page }) => {
  await page.goto('/?from=2022-01&trade=monthly&markers=all');
  await expect(page.getByRole('radio', { name: 'Monthly', exact: true })).toBeChecked();
  const before = new URL(page.url()).search;
  await page.keyboard.press('p');
  await expect(counter(page)).toHaveText('1 / 6');
  expect(new URL(page.url()).searchParams.has('present')).toBe(true);
  await expect(slide(page)).toContainText('Jan 2022 – Dec 2025');
  await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText('2 / 6');

  await page.keyboard.press('Escape');
  await expect(briefing(page)).toHaveCount(0);
  expect(new URL(page.url()).search).toBe(before);
  await expect(page.getByRole('radio', { name: 'Monthly', exact: true })).toBeChecked();
  await expect(page.getByRole('button', { name: 'Present' })).toBeFocused();

  // The Present button does the same.
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(counter(page)).toHaveText('1 / 6');
});

test('on the projector, axis labels are at least 24 px at 1080p; the theme can be switched off', async ({
  page,
}) => {
  await page.goto('/?present&slide=2&step=3');
  const tick = slide(page).locator('.chart-tick').first();
  await expect(tick).toBeVisible();
  /** The tick label's font size as drawn on screen, after the slide's scaling. */
  const drawnFontPx = () =>
    tick.evaluate((text: SVGTextElement) => {
      const fontSize = Number(
        text.getAttribute('font-size') ?? getComputedStyle(text).fontSize.replace('px', ''),
      );
      return (fontSize * text.getBoundingClientRect().height) / text.getBBox().height;
    });
  expect(await drawnFontPx()).toBeGreaterThanOrEqual(24);
  await expect(briefing(page).getByRole('button', { name: 'Projector theme' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.keyboard.press('t');
  await expect(briefing(page).getByRole('button', { name: 'Projector theme' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await expect.poll(drawnFontPx).toBeLessThan(20);
});

test('the presenter view and the audience window stay in step, whichever is driven', async ({
  page,
  context,
}) => {
  await page.goto('/?present&slide=2');
  await expect(counter(page)).toHaveText('2 / 6');
  const presenter = await context.newPage();
  await presenter.goto('/?present&presenter&slide=2');
  const now = presenter.getByRole('heading', { name: /^Now:/ });
  await expect(now).toContainText('Now: 2 / 6 · Trade growth');
  await expect(presenter.getByRole('heading', { name: /^Next:/ })).toContainText('(next build)');
  await expect(presenter.getByLabel('Elapsed time')).toHaveText(/^00:0\d$/);

  await presenter.keyboard.press('ArrowRight');
  await expect(now).toContainText('build 2 of 3');
  await expect.poll(() => position(page)).toBe('2.2');

  await page.keyboard.press('End');
  await expect(now).toContainText('Now: 6 / 6 · Sources');
  await page.keyboard.press('PageUp');
  await expect(now).toContainText('Now: 5 / 6 · Summary');
  await presenter.getByRole('button', { name: '← Previous' }).click();
  await expect(counter(page)).toHaveText('4 / 6');
});

test('edited takeaways and notes are saved, survive a reload and reach the audience', async ({
  page,
  context,
}) => {
  await page.goto('/?present&slide=2');
  const presenter = await context.newPage();
  await presenter.goto('/?present&presenter&slide=2');
  const takeaway = presenter.getByLabel('Takeaway on the slide');
  await expect(takeaway).toHaveValue(/Trade jumped 26.3%/);
  await takeaway.fill('Trade with China kept Russia’s economy going');
  await presenter.getByLabel('Speaker notes').fill('Pause here for questions.\nMention the 2025 dip.');
  await expect(slide(page).getByRole('heading', { level: 2 })).toHaveText(
    'Trade with China kept Russia’s economy going',
  );

  await presenter.reload();
  await expect(presenter.getByLabel('Takeaway on the slide')).toHaveValue(
    'Trade with China kept Russia’s economy going',
  );
  await expect(presenter.getByLabel('Speaker notes')).toHaveValue(
    'Pause here for questions.\nMention the 2025 dip.',
  );
  await page.reload();
  await expect(slide(page).getByRole('heading', { level: 2 })).toHaveText(
    'Trade with China kept Russia’s economy going',
  );

  await presenter.getByRole('button', { name: 'Use the takeaway from the data' }).click();
  await expect(slide(page).getByRole('heading', { level: 2 })).toContainText('Trade jumped 26.3%');
});

test('printing the briefing gives one landscape page per slide, with its notes', async ({ page }) => {
  await page.goto('/?present&slide=1');
  await expect(counter(page)).toHaveText('1 / 6');
  // The handout is laid out off screen, charts drawn, before anyone prints.
  await expect(page.locator('.handout .handout__page')).toHaveCount(6);
  await expect(page.locator('.handout svg.recharts-surface').nth(2)).toBeAttached();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.briefing__stage')).toBeHidden();
  await expect(page.locator('.handout__page').first()).toHaveCSS('break-after', 'page');
  await expect(page.locator('.handout__page').nth(1)).toContainText('Trade rose from $190.3B');
  const pdf = await page.pdf({ printBackground: true, preferCSSPageSize: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? [];
  expect(pages).toHaveLength(6);
});

test('the dashboard still works after leaving the briefing', async ({ page }) => {
  await page.goto('/?present&slide=4');
  await expect(counter(page)).toHaveText('4 / 6');
  await page.keyboard.press('Escape');
  await expect(briefing(page)).toHaveCount(0);
  await annualChart(page);
  await page.getByRole('button', { name: 'Since 2022' }).click();
  expect(new URL(page.url()).searchParams.get('from')).toBe('2022-01');
});
