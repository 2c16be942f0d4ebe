// `npm run bench` (after `npm run bench:build`): measures the app, its baseline (the same app
// built the plain way, one eager bundle with MSW in the page) and the app over a synthetic dataset
// 100× larger, in headless Chromium, and prints medians as a table and as JSON, each figure with
// its ratio to the baseline measured in the same run and its budget. Not part of `npm test`:
// timings flake on shared machines.
import { serve } from './bench-tools.mjs';
import { exportBench } from './export-bench.mjs';
import { lighthouseBench } from './lighthouse-bench.mjs';
import { apps, loadBench } from './load-bench.mjs';

const measured = await loadBench();
for (const name of ['app', 'baseline']) {
  const server = await serve(apps[name]);
  try {
    Object.assign(measured[name], await exportBench(server.url));
    const { failing, ...scores } = await lighthouseBench(server.url);
    Object.assign(measured[name], scores);
    if (name === 'app') measured.lighthouseFailing = failing;
  } finally {
    server.close();
  }
}

/**
 * Each row: the figure, what it measures, which build it is measured on (`x100`: the app over the
 * 100× data, compared with the app over the real data), and its budget: a ratio to the baseline,
 * or an absolute cap (`max`, below) or floor (`min`, at least).
 */
const views = process.env.BENCH_VIEW_CHANGES ?? 200;
const rows = [
  ['jsBeforeFirstChartKB', 'JS before the first chart (KB gzip)', { ratio: 0.55 }],
  ['jsTotalKB', 'JS in all after load (KB gzip)', {}],
  ['workerScriptKB', 'Mock API worker script, off the page (KB gzip)', {}],
  ['allChartsMs', 'Navigation → all three charts drawn (ms, CPU 4× slower)', { ratio: 0.8 }],
  ['periodMs', 'Period control step, input → paint (ms, CPU 4×)', { max: 100 }],
  ['filterMs', 'Sanctions filter toggle, input → paint (ms, CPU 4×)', { max: 100 }],
  ['nextSlideMs', 'Next slide, input → paint (ms, CPU 4×)', { max: 100 }],
  ['heapGrowthMB', `JS heap growth over ${views} view changes (MB)`, { max: 5 }],
  ['allChartsMs', '100× data: navigation → all three charts (ms, CPU 4×)', { on: 'x100', ratio: 2 }],
  ['periodMs', '100× data: period control step (ms, CPU 4×)', { on: 'x100', max: 200 }],
  ['filterMs', '100× data: sanctions filter toggle (ms, CPU 4×)', { on: 'x100', max: 200 }],
  ['nextSlideMs', '100× data: next slide (ms, CPU 4×)', { on: 'x100', max: 200 }],
  ['heapGrowthMB', `100× data: JS heap growth over ${views} view changes (MB)`, { on: 'x100', max: 5 }],
  ['pngAfterPauseMs', 'PNG 2×: item clicked → file, menu open 0.5 s (ms)', { max: 300 }],
  ['pngWholeMs', 'PNG 2×: Export clicked → file, item at once (ms)', {}],
  ['exportAllMs', 'Export all (3 PNG 2× + 3 CSV): click → file (ms)', { max: 2000 }],
  ['performance', 'Lighthouse performance (mobile)', { min: 95 }],
  ['accessibility', 'Lighthouse accessibility', { min: 100 }],
  ['bestPractices', 'Lighthouse best practices', { min: 95 }],
  ['fcpMs', 'Lighthouse first contentful paint (ms, simulated mobile)', {}],
  ['lcpMs', 'Lighthouse largest contentful paint (ms, simulated mobile)', {}],
  ['tbtMs', 'Lighthouse total blocking time (ms, simulated mobile)', {}],
  ['cls', 'Lighthouse cumulative layout shift', {}],
];

const round = (value) =>
  value === undefined ? null : Math.abs(value) >= 10 ? Math.round(value) : Math.round(value * 100) / 100;
const table = rows.map(([key, metric, { on = 'app', ratio: cap, max, min }]) => {
  const app = measured[on][key];
  const baseline = on === 'x100' ? measured.app[key] : measured.baseline[key];
  const ratio = baseline ? app / baseline : null;
  const withinBudget =
    cap !== undefined
      ? ratio !== null && ratio <= cap
      : max !== undefined
        ? app < max
        : min !== undefined
          ? app >= min
          : null;
  return {
    metric,
    app: round(app),
    baseline: round(baseline),
    against: on === 'x100' ? 'the app, real data' : 'baseline',
    ratio: ratio === null ? null : round(ratio),
    budget:
      cap !== undefined ? `≤ ${cap}×` : max !== undefined ? `< ${max}` : min !== undefined ? `≥ ${min}` : '',
    withinBudget,
  };
});
console.table(table);
console.log(JSON.stringify({ bench: table, lighthouseFailing: measured.lighthouseFailing }, null, 2));
