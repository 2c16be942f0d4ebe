// `npm run bench`: builds the app and, as its baseline, the same app in one eager bundle, then
// measures both in headless Chromium and prints medians as a table and as JSON, each figure with
// its ratio to the baseline measured in the same run and its budget. Not part of `npm test`:
// timings flake on shared machines.
import { serve } from './bench-tools.mjs';
import { exportBench } from './export-bench.mjs';
import { apps, loadBench } from './load-bench.mjs';

const load = await loadBench();
const exports = {};
for (const [name, folder] of Object.entries(apps)) {
  const server = await serve(folder);
  try {
    exports[name] = await exportBench(server.url);
  } finally {
    server.close();
  }
}

/** Each figure: what it measures, its unit, and its budget (a ratio to the baseline, or an absolute cap). */
const figures = [
  ['jsBeforeFirstChartKB', 'JS before the first chart (KB gzip)', { ratio: 0.55 }],
  ['jsTotalKB', 'JS in all after load (KB gzip)', {}],
  ['allChartsMs', 'Navigation → all three charts drawn (ms, CPU 4× slower)', { ratio: 0.8 }],
  ['periodMs', 'Period control step, input → paint (ms, CPU 4×)', { max: 100 }],
  ['filterMs', 'Sanctions filter toggle, input → paint (ms, CPU 4×)', { max: 100 }],
  ['nextSlideMs', 'Next slide, input → paint (ms, CPU 4×)', { max: 100 }],
  [
    'heapGrowthMB',
    `JS heap growth over ${process.env.BENCH_VIEW_CHANGES ?? 200} view changes (MB)`,
    { max: 5 },
  ],
  ['pngAfterPauseMs', 'PNG 2×: item clicked → file, menu open 0.5 s (ms)', { max: 300 }],
  ['pngWholeMs', 'PNG 2×: Export clicked → file, item at once (ms)', {}],
  ['exportAllMs', 'Export all (3 PNG 2× + 3 CSV): click → file (ms)', { max: 2000 }],
];

const round = (value) => (Math.abs(value) >= 10 ? Math.round(value) : Math.round(value * 100) / 100);
const rows = figures.map(([key, metric, budget]) => {
  const app = { ...load.app, ...exports.app }[key];
  const baseline = { ...load.baseline, ...exports.baseline }[key];
  const ratio = baseline ? app / baseline : null;
  const withinBudget =
    budget.ratio !== undefined
      ? ratio !== null && ratio <= budget.ratio
      : budget.max !== undefined
        ? app < budget.max
        : null;
  return {
    metric,
    app: round(app),
    baseline: round(baseline),
    ratio: ratio === null ? null : round(ratio),
    budget:
      budget.ratio !== undefined ? `≤ ${budget.ratio}×` : budget.max !== undefined ? `< ${budget.max}` : '',
    withinBudget,
  };
});
console.table(rows);
console.log(JSON.stringify({ bench: rows }, null, 2));
