import { test as base, expect, type Page } from '@playwright/test';

/** Console errors and uncaught exceptions a page produced; every test asserts there are none. */
export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
    },
    { auto: true },
  ],
});

export { expect };

/** The annual trade chart, once drawn. */
export async function annualChart(page: Page) {
  const chart = page.getByTestId('annual-trade-chart');
  await expect(chart.locator('.recharts-bar-rectangle').first()).toBeVisible();
  return chart;
}
