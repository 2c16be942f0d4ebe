// Lighthouse scores for `npm run bench` (run.mjs): mobile, Lighthouse's default simulated throttling,
// a fresh Chromium profile for each run. Run directly to audit a build folder:
// `node e2e/bench/lighthouse-bench.mjs [folder]` (default dist) prints the JSON.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath, median, serve } from './bench-tools.mjs';

const categories = ['performance', 'accessibility', 'best-practices'];
const metrics = {
  fcpMs: 'first-contentful-paint',
  lcpMs: 'largest-contentful-paint',
  tbtMs: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  speedIndexMs: 'speed-index',
};

/** One cold Lighthouse run in its own Chromium; resolves to the report (LHR). */
async function audit(url) {
  const chrome = await launch({ chromePath: chromiumPath, chromeFlags: [...chromiumArgs, '--headless'] });
  try {
    const flags = { port: chrome.port, logLevel: 'error', onlyCategories: categories };
    const { lhr } = await lighthouse(url, flags);
    if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
    return lhr;
  } finally {
    await chrome.kill();
  }
}

/** Audits of a category that lose points (score below 1; informative and n/a audits have none). */
const failing = (lhr, category) =>
  lhr.categories[category].auditRefs
    .map((ref) => lhr.audits[ref.id])
    .filter((a) => a.score !== null && a.score < 1)
    .map(({ id, title, displayValue }) => ({ id, title, ...(displayValue && { displayValue }) }));

/**
 * Lighthouse scores and key metrics for the page at `url` (mobile, default simulated throttling).
 * Medians of `runs` runs.
 */
export async function lighthouseBench(url, { runs = 3 } = {}) {
  const reports = [];
  // One retry: on a busy machine a run now and then fails (PROTOCOL_TIMEOUT, NO_FCP).
  for (let i = 0; i < runs; i += 1) reports.push(await audit(url).catch(() => audit(url)));
  const score = (lhr, category) => Math.round(lhr.categories[category].score * 100);
  // Failing audits come from the run with the median performance score.
  const typical = [...reports].sort((a, b) => score(a, 'performance') - score(b, 'performance'))[
    Math.floor((runs - 1) / 2)
  ];
  return {
    performance: Math.round(median(reports.map((lhr) => score(lhr, 'performance')))),
    accessibility: Math.round(median(reports.map((lhr) => score(lhr, 'accessibility')))),
    bestPractices: Math.round(median(reports.map((lhr) => score(lhr, 'best-practices')))),
    ...Object.fromEntries(
      Object.entries(metrics).map(([key, id]) => [
        key,
        median(reports.map((lhr) => lhr.audits[id].numericValue)),
      ]),
    ),
    failing: Object.fromEntries(categories.map((category) => [category, failing(typical, category)])),
  };
}

if (process.argv[1] === import.meta.filename) {
  const server = await serve(process.argv[2] ?? 'dist');
  try {
    console.log(JSON.stringify(await lighthouseBench(server.url), null, 2));
  } finally {
    server.close();
  }
}
