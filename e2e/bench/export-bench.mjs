// Export speed on the production build in headless Chromium, for `npm run bench` (run.mjs).
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from '@playwright/test';
import { benchViewport, chromiumArgs, chromiumPath, median } from './bench-tools.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

/** Medians of the export timings, in ms, for the build served at `base` (unthrottled CPU). */
export async function exportBench(base) {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: chromiumArgs,
  });
  const page = await (await browser.newContext({ viewport: benchViewport, acceptDownloads: true })).newPage();
  await page.goto(base);
  await page.locator('[data-frame-id="trade-annual"] .recharts-bar-rectangle').first().waitFor();
  await page.locator('[data-frame-id="sanctions"] .timeline-point').first().waitFor();

  /** Time from `start` to the finished download, in ms; `pause` ms pass between opening and choosing. */
  const timed = async (open, item, { from = 'item', pause = 0 } = {}) => {
    let started = performance.now();
    await open();
    if (pause) await sleep(pause);
    if (from === 'item') started = performance.now();
    const [download] = await Promise.all([page.waitForEvent('download'), item().click()]);
    await download.path();
    return performance.now() - started;
  };
  const frame = page.locator('[data-frame-id="trade-annual"]');
  const openChart = () => frame.getByRole('button', { name: 'Export', exact: true }).click();
  const openAll = () => page.getByRole('button', { name: 'Export all' }).click();
  const pngItem = () => frame.getByRole('menuitem', { name: /PNG 2×/ });
  const allItem = () => page.getByRole('menuitem', { name: /PNG 2× and CSV/ });
  const repeat = async (run) => {
    await run(); // warm-up: the first export loads the export code and the font files
    const times = [];
    for (let i = 0; i < RUNS; i += 1) times.push(await run());
    return times;
  };

  // The menu starts the PNG 2× export when it opens; a user reading the menu for half a second
  // waits only for what is left. The whole pipeline is measured too, with the item chosen at once.
  const pngAfterPause = await repeat(() => timed(openChart, pngItem, { pause: 500 }));
  const pngWhole = await repeat(() => timed(openChart, pngItem, { from: 'open' }));
  const all = await repeat(() => timed(openAll, allItem));
  await browser.close();

  return {
    pngAfterPauseMs: median(pngAfterPause),
    pngWholeMs: median(pngWhole),
    exportAllMs: median(all),
  };
}
