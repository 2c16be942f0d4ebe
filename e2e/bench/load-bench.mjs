/* global document, window -- functions passed to page.evaluate run in the browser */
// Load, interaction and memory figures for `npm run bench`, each against a baseline measured in
// the same run: the same app built the plain way, as one eager bundle (dist-baseline/). Headless
// Chromium with the CPU slowed 4×, as a mid-range laptop. Not part of `npm test`.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { benchViewport, chromiumArgs, chromiumPath, median, serve } from './bench-tools.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const VIEW_CHANGES = Number(process.env.BENCH_VIEW_CHANGES ?? 200);
const CPU_SLOWDOWN = 4;

/** The builds measured: the app, its baseline, and the app over the synthetic dataset 100× larger. */
export const apps = { app: 'dist', baseline: 'dist-baseline', x100: 'dist-100x' };

const gzipBytes = (folder, path) => {
  try {
    return gzipSync(readFileSync(`${folder}${path}`)).length;
  } catch {
    return 0;
  }
};

/** The mock API's worker script, whichever the build has (the app's own, or MSW's in the baseline). */
const workerScriptKB = (folder) =>
  Math.max(gzipBytes(folder, '/mock-api-worker.js'), gzipBytes(folder, '/mockServiceWorker.js')) / 1024;

async function newPage(browser) {
  const context = await browser.newContext({ viewport: benchViewport });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return { context, page, cdp };
}

const drawn = {
  first: () => document.querySelector('[data-testid="annual-trade-chart"] .recharts-bar-rectangle') !== null,
  all: () =>
    document.querySelector('[data-testid="annual-trade-chart"] .recharts-bar-rectangle') !== null &&
    document.querySelector('[data-testid="settlement-statements-chart"] .recharts-surface') !== null &&
    document.querySelector('[data-frame-id="sanctions"] .timeline-point') !== null,
};

/** One cold load: JS bytes (gzip) before the first chart and in all, and the time to all three charts. */
async function coldLoad(browser, folder, url) {
  const { context, page } = await newPage(browser);
  const scripts = [];
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (pathname.endsWith('.js')) scripts.push({ pathname, at: Date.now() });
  });
  await page.goto(url);
  await page.waitForFunction(drawn.first, null, { polling: 'raf', timeout: 60_000 });
  const firstAt = Date.now();
  const allDrawn = await page.waitForFunction(
    () =>
      document.querySelector('[data-testid="annual-trade-chart"] .recharts-bar-rectangle') !== null &&
      document.querySelector('[data-testid="settlement-statements-chart"] .recharts-surface') !== null &&
      document.querySelector('[data-frame-id="sanctions"] .timeline-point') !== null &&
      performance.now(),
    null,
    { polling: 'raf', timeout: 60_000 },
  );
  const allChartsMs = await allDrawn.jsonValue();
  await page.waitForTimeout(1000);
  const sum = (list) => list.reduce((total, s) => total + gzipBytes(folder, s.pathname), 0);
  const result = {
    jsBeforeFirstChartKB: sum(scripts.filter((s) => s.at <= firstAt)) / 1024,
    jsTotalKB: sum([...new Map(scripts.map((s) => [s.pathname, s])).values()]) / 1024,
    allChartsMs,
  };
  await context.close();
  return result;
}

/** Slowest input-to-paint duration (Event Timing API) of each kind of interaction, in ms. */
async function interactions(browser, url) {
  const { context, page } = await newPage(browser);
  await page.goto(url);
  await page.waitForFunction(drawn.all, null, { polling: 'raf', timeout: 60_000 });
  await page.evaluate(() => {
    window.__events = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        window.__events.push({ name: entry.name, duration: entry.duration });
    }).observe({ type: 'event', durationThreshold: 16, buffered: false });
  });
  const measure = async (action) => {
    await page.evaluate(() => (window.__events = []));
    await action();
    await page.waitForTimeout(500);
    const events = await page.evaluate(() => window.__events);
    return Math.max(0, ...events.map((e) => e.duration));
  };
  const slider = page.getByRole('slider', { name: 'First month' });
  await slider.focus();
  const drag = [];
  for (let i = 0; i < 6; i += 1) drag.push(await measure(() => page.keyboard.press('PageUp')));
  const filter = [];
  for (let i = 0; i < 4; i += 1)
    filter.push(await measure(() => page.getByRole('button', { name: 'US', exact: true }).click()));
  const slide = [];
  await page.getByRole('button', { name: 'Present' }).click();
  await page.locator('.briefing__counter').waitFor();
  for (let i = 0; i < 4; i += 1) slide.push(await measure(() => page.keyboard.press('ArrowRight')));
  await context.close();
  return { periodMs: median(drag), filterMs: median(filter), nextSlideMs: median(slide) };
}

/** JS heap growth over many view changes, after garbage collection, in MB. */
async function heapGrowth(browser, url) {
  const { context, page, cdp } = await newPage(browser);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await page.goto(url);
  await page.waitForFunction(drawn.all, null, { polling: 'raf', timeout: 60_000 });
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize / 2 ** 20;
  };
  const presets = ['Since 2022', '2023–2024', 'All'];
  for (const name of presets) await page.getByRole('button', { name, exact: true }).click();
  const before = await heap();
  for (let i = 0; i < VIEW_CHANGES; i += 1) {
    await page.getByRole('button', { name: presets[i % presets.length], exact: true }).click();
  }
  await page.waitForTimeout(500);
  const after = await heap();
  await context.close();
  return { heapGrowthMB: after - before };
}

export async function loadBench() {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: chromiumArgs,
  });
  const servers = Object.fromEntries(
    await Promise.all(Object.entries(apps).map(async ([name, folder]) => [name, await serve(folder)])),
  );
  try {
    // Cold loads take turns between the builds (app, baseline, 100×, app, …), so a machine that
    // slows down or speeds up during the run weighs on every build alike, not on one block of them.
    const loadsOf = Object.fromEntries(Object.keys(apps).map((name) => [name, []]));
    for (let i = 0; i < RUNS; i += 1) {
      for (const [name, folder] of Object.entries(apps)) {
        loadsOf[name].push(await coldLoad(browser, folder, servers[name].url));
      }
    }
    const figures = {};
    for (const [name, folder] of Object.entries(apps)) {
      const loads = loadsOf[name];
      const interaction = [];
      for (let i = 0; i < Math.max(1, Math.floor(RUNS / 2)); i += 1)
        interaction.push(await interactions(browser, servers[name].url));
      figures[name] = {
        jsBeforeFirstChartKB: median(loads.map((l) => l.jsBeforeFirstChartKB)),
        jsTotalKB: median(loads.map((l) => l.jsTotalKB)),
        allChartsMs: median(loads.map((l) => l.allChartsMs)),
        periodMs: median(interaction.map((l) => l.periodMs)),
        filterMs: median(interaction.map((l) => l.filterMs)),
        nextSlideMs: median(interaction.map((l) => l.nextSlideMs)),
        workerScriptKB: workerScriptKB(folder),
        ...(await heapGrowth(browser, servers[name].url)),
      };
    }
    return figures;
  } finally {
    await browser.close();
    for (const server of Object.values(servers)) server.close();
  }
}
