// Writes a SYNTHETIC dataset about 100× the size of `mock-data/`, for `npm run bench` only:
//   npx vite-node e2e/bench/make-synthetic-data.ts -- <outDir>
// The figures are random walks around the real magnitudes, not real data; every id starts with
// `syn-`, every label ends with "(synthetic)" and the dataset version is `synthetic-100x`.
// A seeded PRNG makes two runs write identical files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import {
  MockFiles,
  type Actor,
  type AnnualTrade,
  type ChangeFigure,
  type EventKind,
  type Figure,
  type PeriodTrade,
  type Qualifier,
  type SanctionsEvent,
  type SettlementObservation,
  type SettlementSeries,
  type Source,
  type Status,
} from '@/api/schemas';

const SEED = 0x5eed100;
const SYN = ' (synthetic)';
const NOTE = 'Synthetic bench data: a generated caveat, not a real one.';

// ---- Randomness ----

/** mulberry32: a tiny seeded PRNG returning floats in [0, 1). */
function mulberry32(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = mulberry32(SEED);
const between = (low: number, high: number) => low + (high - low) * random();
const chance = (odds: number) => random() < odds;
/** A standard normal draw (Box–Muller). */
const gauss = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** Items with relative weights. */
type Mix<T> = readonly (readonly [T, number])[];

function weighted<T>(mix: Mix<T>): T {
  let roll = random() * mix.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [item, weight] of mix) {
    roll -= weight;
    if (roll < 0) return item;
  }
  const last = mix.at(-1);
  if (!last) throw new Error('empty mix');
  return last[0];
}

const pick = <T>(items: readonly T[]) => weighted(items.map((item) => [item, 1] as const));

/** A mean-reverting random walk: each step keeps `keep` of the deviation and adds noise. */
function walk(keep: number, sigma: number) {
  let deviation = 0;
  return () => (deviation = keep * deviation + sigma * gauss());
}

/** Piecewise-linear through `[x, y]` anchors (x ascending), flat beyond the ends. */
type Anchors = readonly (readonly [number, number])[];

function along(anchors: Anchors, x: number): number {
  let [px, py] = anchors[0] ?? [0, 0];
  if (x <= px) return py;
  for (const [ax, ay] of anchors) {
    if (x <= ax) return py + ((ay - py) * (x - px)) / (ax - px);
    [px, py] = [ax, ay];
  }
  return py;
}

/** A percentage: the anchor curve moved by `deviation` in logit space, so it stays within 0–100. */
const toShare = (anchorPct: number, deviation: number) =>
  100 / (1 + Math.exp(-(Math.log(anchorPct / (100 - anchorPct)) + deviation)));

function get<K, V>(map: ReadonlyMap<K, V>, key: K): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`missing ${String(key)}`);
  return value;
}

// ---- Dates ----

const DAY_MS = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Midnight UTC of a day; `month` is 1–12 and may overflow into the next year. */
const utc = (year: number, month: number, day = 1) => Date.UTC(year, month - 1, day);
const lastDay = (year: number, month: number) => utc(year, month + 1) - DAY_MS;
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);
const yearMonth = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;
const decimalYear = (time: number) => 1970 + time / (365.2425 * DAY_MS);
const monthName = (month: number, names = MONTHS) => names[month - 1] ?? '?';

/** "20 Nov 2023". */
function dayLabel(time: number) {
  const date = new Date(time);
  return `${date.getUTCDate()} ${monthName(date.getUTCMonth() + 1)} ${date.getUTCFullYear()}`;
}

// ---- Sources ----

/** 100× the real 173 sources. */
const SOURCE_COUNT = 17_300;
const sourceId = (index: number) => `syn-src-${String(index + 1).padStart(5, '0')}`;
/** What each source backs, in the order it was cited. */
const backing = new Map<string, string[]>();
let nextSource = 0;

/** The next one to three sources in the pool (wrapping around), recording what they back. */
function cite(what: string): string[] {
  const count = weighted([
    [1, 60],
    [2, 30],
    [3, 10],
  ]);
  return Array.from({ length: count }, () => {
    const id = sourceId(nextSource++ % SOURCE_COUNT);
    backing.set(id, [...(backing.get(id) ?? []), what]);
    return id;
  });
}

const ORIGINAL_PUBLISHERS = [
  'Synthetic Customs Office',
  'Synthetic Central Bank',
  'Synthetic Finance Ministry',
  'Synthetic Newswire',
];

function makeSources(): Source[] {
  return Array.from({ length: SOURCE_COUNT }, (_, index) => {
    const id = sourceId(index);
    const backs = backing.get(id) ?? [];
    const more = backs.length > 2 ? ` and ${backs.length - 2} more` : '';
    return {
      id,
      publisher: `Synthetic Outlet ${1 + (index % 250)}`,
      ...(chance(0.55) ? { originalPublisher: pick(ORIGINAL_PUBLISHERS) } : {}),
      title: `Synthetic bench data: generated source ${index + 1}`,
      url: chance(0.28) ? `https://example.org/synthetic/${id}` : null,
      backs: `Synthetic bench data: ${backs.slice(0, 2).join('; ')}${more}.`,
      ...(chance(0.14) ? { caveat: NOTE } : {}),
    };
  });
}

// ---- Provenance and figures ----

type Provenance = Pick<Figure, 'status' | 'sourceIds' | 'derivation' | 'note'>;

const FIGURE_STATUS: Mix<Status> = [
  ['reported', 85],
  ['derived', 6],
  ['statement', 2],
  ['conflicting', 4],
  ['unconfirmed', 3],
];
const FIGURE_QUALIFIERS: Mix<Qualifier> = [
  ['exact', 85],
  ['approx', 9],
  ['over', 2],
  ['under', 2],
  ['range', 2],
];

/** Status and sources, with a derivation where the status needs one and now and then a note. */
function provenance(mix: Mix<Status>, sourceIds: string[]): Provenance {
  const status = weighted(mix);
  return {
    status,
    sourceIds,
    ...(status === 'derived'
      ? { derivation: 'Synthetic bench data: derived from other generated figures.' }
      : {}),
    ...(status === 'conflicting' || chance(0.06) ? { note: NOTE } : {}),
  };
}

/** The upper end of a range: above the value even after rounding. */
const highOf = (value: number, spread: number, digits: number) =>
  round(value + Math.max(spread, 10 ** -digits), digits);

/** A USD-billions figure. */
function moneyFigure(value: number, sourceIds: string[]): Figure {
  const shown = round(value, 3);
  const qualifier = weighted(FIGURE_QUALIFIERS);
  return {
    value: shown,
    qualifier,
    ...(qualifier === 'range' ? { high: highOf(shown, shown * between(0.02, 0.08), 3) } : {}),
    ...provenance(FIGURE_STATUS, sourceIds),
  };
}

/** A year-on-year change in percent; a yuan-terms change differs a little from the dollar one. */
function changeFigure(usdPct: number, sourceIds: string[], yuanOdds = 0.2): ChangeFigure {
  const basis = chance(yuanOdds) ? 'CNY' : 'USD';
  const shown = round(basis === 'CNY' ? usdPct + between(-3, 3) : usdPct, 1);
  const qualifier = weighted(FIGURE_QUALIFIERS);
  return {
    value: shown,
    qualifier,
    ...(qualifier === 'range' ? { high: highOf(shown, between(0.5, 3), 1) } : {}),
    basis,
    ...provenance(FIGURE_STATUS, sourceIds),
  };
}

// ---- Trade ----

/** Annual China–Russia trade, USD billions: real magnitudes to 2025, then ≈2% a year. */
const TRADE_LOG: Anchors = (
  [
    [1760, 0.3],
    [1990, 4.4],
    [2000, 8],
    [2008, 56],
    [2013, 89],
    [2016, 70],
    [2021, 147],
    [2024, 245],
    [2025, 228],
  ] as const
).map(([year, value]) => [year, Math.log(value)] as const);

const tradeTrend = (year: number) => Math.exp(along(TRADE_LOG, year));

type Flows = { exports: number; imports: number };
const TRADE_KEYS = [
  'total',
  'exports',
  'imports',
  'totalChangePct',
  'exportsChangePct',
  'importsChangePct',
] as const;
type TradeFigures = Pick<PeriodTrade, (typeof TRADE_KEYS)[number]>;
/** How often each kind of figure is published. */
type Odds = { total: number; split: number; change: number };

const sum = (flows: Flows) => flows.exports + flows.imports;
const pct = (now: number, before: number) => (now / before - 1) * 100;

/** The six figures of a period; unpublished ones are null. Most share the row's sources. */
function tradeFigures(now: Flows, before: Flows | undefined, what: string, odds: Odds): TradeFigures {
  let shared: string[] | undefined;
  const sources = () => (chance(0.2) ? cite(what) : (shared ??= cite(what)));
  const split = chance(odds.split);
  const change = (a: number, b: number | undefined) =>
    b !== undefined && chance(odds.change) ? changeFigure(pct(a, b), sources()) : null;
  return {
    total: chance(odds.total) ? moneyFigure(sum(now), sources()) : null,
    exports: split ? moneyFigure(now.exports, sources()) : null,
    imports: split ? moneyFigure(now.imports, sources()) : null,
    totalChangePct: change(sum(now), before && sum(before)),
    exportsChangePct: change(now.exports, before?.exports),
    importsChangePct: change(now.imports, before?.imports),
  };
}

/**
 * Years 1990–2025: the schema starts at 1990, and later years would move the dataset's as-of
 * date into the future. These are left out as gaps (not 2022–2023, which the story needs).
 */
const ANNUAL_GAPS = new Set([1997, 2009, 2016]);

function makeAnnualTrade(): AnnualTrade[] {
  const level = walk(0.6, 0.08);
  const truth = new Map<number, Flows>();
  for (let year = 1990; year <= 2025; year++) {
    const total = tradeTrend(year) * Math.exp(level());
    const exportShare = between(0.44, 0.56);
    truth.set(year, { exports: total * exportShare, imports: total * (1 - exportShare) });
  }
  return [...truth.keys()]
    .filter((year) => !ANNUAL_GAPS.has(year))
    .map((year) => {
      const now = get(truth, year);
      const before = truth.get(year - 1);
      const what = `annual trade ${year}`;
      // The annual total is always published: it is added here rather than drawn by odds.
      const figures = tradeFigures(now, before, what, { total: 0, split: 0.85, change: 0.8 });
      const row = { year, ...figures, total: moneyFigure(sum(now), cite(what)) };
      // The chart's title reads 2023's change.
      if (year === 2023 && before) {
        row.totalChangePct ??= changeFigure(pct(sum(now), sum(before)), cite(what), 0);
      }
      return row;
    });
}

/** Monthly rows reach back this far so that, with year-to-date rows, there are ≈4,500 rows. */
const PERIOD_FIRST_YEAR = 1776;
const PERIOD_LAST_YEAR = 2025;
/** Each month against an average one: January and February are slow, December busy. */
const SEASON = [0.85, 0.85, 1, 0.98, 1, 1, 1, 1.02, 1, 1, 1.05, 1.1];
/** The month the monthly views' title reads (a fall in exports). */
const STORY_MONTH = '2024-03';

/** Exports and imports of every month, USD billions, including a year before the first row. */
function monthlyTruth(): Map<string, Flows> {
  const level = walk(0.8, 0.07);
  const tilt = walk(0.9, 0.02);
  const truth = new Map<string, Flows>();
  for (let year = PERIOD_FIRST_YEAR - 1; year <= PERIOD_LAST_YEAR; year++) {
    for (let month = 1; month <= 12; month++) {
      const total =
        (tradeTrend(year + (month - 0.5) / 12) / 12) * (SEASON[month - 1] ?? 1) * Math.exp(level());
      const exportShare = 0.47 + tilt();
      truth.set(yearMonth(year, month), { exports: total * exportShare, imports: total * (1 - exportShare) });
    }
  }
  return truth;
}

/** January to `end` of a year, summed. */
function yearToDate(truth: ReadonlyMap<string, Flows>, year: number, end: number): Flows {
  const months = Array.from({ length: end }, (_, i) => get(truth, yearMonth(year, i + 1)));
  return {
    exports: months.reduce((s, m) => s + m.exports, 0),
    imports: months.reduce((s, m) => s + m.imports, 0),
  };
}

/** Customs publishes January and February together, so those months are mostly gaps; a few others too. */
const monthMissing = (year: number, month: number) =>
  yearMonth(year, month) !== STORY_MONTH && chance(month <= 2 ? 0.7 : 0.03);

function monthRow(truth: ReadonlyMap<string, Flows>, year: number, month: number): PeriodTrade {
  const ym = yearMonth(year, month);
  const id = `syn-m-${ym}`;
  const what = `period trade ${id}`;
  const figures = tradeFigures(get(truth, ym), truth.get(yearMonth(year - 1, month)), what, {
    total: 0.85,
    split: 0.6,
    change: 0.6,
  });
  if (ym === STORY_MONTH) {
    // The monthly views' title needs a fall in exports here; the figure keeps its sources.
    const sources = figures.exportsChangePct?.sourceIds ?? cite(what);
    figures.exportsChangePct = changeFigure(-between(5, 20), sources, 0);
  }
  const label = `${monthName(month)} ${year}${SYN}`;
  return { id, kind: 'month', start: ym, end: ym, label, ...figures };
}

/** "Q1 2024", "H1 2024", "FY 2024" or "Jan–Apr 2024". */
const cumulativeLabel = (year: number, end: number) =>
  `${{ 3: 'Q1', 6: 'H1', 12: 'FY' }[end] ?? `Jan–${monthName(end)}`} ${year}${SYN}`;

function cumulativeRow(truth: ReadonlyMap<string, Flows>, year: number, end: number): PeriodTrade {
  const id = `syn-c-${year}-01-${String(end).padStart(2, '0')}`;
  const figures = tradeFigures(
    yearToDate(truth, year, end),
    yearToDate(truth, year - 1, end),
    `period trade ${id}`,
    { total: 0.95, split: 0.75, change: 0.7 },
  );
  return {
    id,
    kind: 'cumulative',
    start: yearMonth(year, 1),
    end: yearMonth(year, end),
    label: cumulativeLabel(year, end),
    ...figures,
  };
}

/** Month rows, with gaps, and year-to-date rows for most months, in the real file's order. */
function makePeriodTrade(): PeriodTrade[] {
  const truth = monthlyTruth();
  const rows: PeriodTrade[] = [];
  for (let year = PERIOD_FIRST_YEAR; year <= PERIOD_LAST_YEAR; year++) {
    for (let month = 1; month <= 12; month++) {
      if (month >= 2 && chance(0.7)) rows.push(cumulativeRow(truth, year, month));
      if (!monthMissing(year, month)) rows.push(monthRow(truth, year, month));
    }
  }
  return rows;
}

// ---- Settlement ----

const SETTLEMENT_FIRST_YEAR = 2011;
const SETTLEMENT_LAST_YEAR = 2025;
/** The statement the bilateral chart calls out. */
const CALLOUT_DAY = '2024-05-16';

/** Rubles plus yuan in Russia–China trade, percent (real statements: 2–3% in 2014 to 99% in 2025). */
const NATIONAL: Anchors = [
  [2011, 1.5],
  [2014, 2.5],
  [2017, 18],
  [2020, 25],
  [2022, 30],
  [2023.3, 70],
  [2023.9, 90],
  [2024.8, 95],
  [2025.9, 99],
];
/** The yuan's part of the national-currency share, and the euro's part of the rest. */
const CNY_PART: Anchors = [
  [2011, 0.5],
  [2017, 0.68],
  [2025, 0.75],
];
const EUR_PART: Anchors = [
  [2011, 0.04],
  [2018, 0.09],
  [2020, 0.4],
  [2022, 0.5],
];

const RUSSIA_FLOWS = [
  {
    cny: 'russia-exports-cny',
    rub: 'russia-exports-rub',
    usdEur: 'russia-exports-usd-eur',
    cnyTrend: [
      [2011, 0.2],
      [2021.9, 0.5],
      [2022.7, 14],
      [2023.4, 25],
      [2024, 38],
      [2025.9, 40],
    ],
    rubTrend: [
      [2011, 10],
      [2021.9, 14],
      [2022.7, 32],
      [2024.1, 41],
      [2025.9, 42],
    ],
  },
  {
    cny: 'russia-imports-cny',
    rub: 'russia-imports-rub',
    usdEur: 'russia-imports-usd-eur',
    cnyTrend: [
      [2011, 2],
      [2021.9, 4],
      [2023, 23],
      [2023.5, 32],
      [2025.9, 39],
    ],
    rubTrend: [
      [2011, 25],
      [2021.9, 28],
      [2024.1, 38],
      [2025.9, 40],
    ],
  },
] as const satisfies readonly {
  cny: SettlementSeries;
  rub: SettlementSeries;
  usdEur: SettlementSeries;
  cnyTrend: Anchors;
  rubTrend: Anchors;
}[];

const STATEMENT_STATUS: Mix<Status> = [
  ['statement', 80],
  ['reported', 15],
  ['unconfirmed', 3],
  ['conflicting', 2],
];
const REPORTED_STATUS: Mix<Status> = [
  ['reported', 88],
  ['derived', 6],
  ['conflicting', 3],
  ['unconfirmed', 3],
];
const STATEMENT_QUALIFIERS: Mix<Qualifier> = [
  ['exact', 70],
  ['approx', 12],
  ['over', 12],
  ['range', 6],
];
const REPORTED_QUALIFIERS: Mix<Qualifier> = [
  ['exact', 85],
  ['approx', 8],
  ['over', 3],
  ['under', 1],
  ['range', 3],
];
const SPEAKERS = [
  { speaker: 'Alex Benchmark', speakerRole: 'Synthetic finance minister' },
  { speaker: 'Sam Placeholder', speakerRole: 'Synthetic ambassador' },
  { speaker: 'Kim Testcase', speakerRole: 'Synthetic central banker' },
  { speaker: 'Lee Synthetic', speakerRole: 'Synthetic spokesperson' },
];

/** Days a figure describes, as a reader says them. */
type Span = { start: number; end: number; label: string };

/** A share as published: mostly exact, sometimes "≈", ">" or "<", now and then a range. */
function shareFigure(share: number, mix: Mix<Qualifier>) {
  const value = round(share, 1);
  const drawn = weighted(mix);
  const qualifier = drawn === 'range' && value >= 99.5 ? 'approx' : drawn;
  return {
    value,
    qualifier,
    ...(qualifier === 'range' ? { high: round(Math.min(100, value + between(0.5, 3)), 1) } : {}),
  };
}

function observation(
  series: SettlementSeries,
  { start, end, label }: Span,
  share: number,
  [statusMix, qualifierMix]: readonly [Mix<Status>, Mix<Qualifier>],
): SettlementObservation {
  const days = start === end ? isoDay(start) : `${isoDay(start)}-to-${isoDay(end)}`;
  const id = `syn-${series}-${days}`;
  const figure = shareFigure(share, qualifierMix);
  const source = provenance(statusMix, cite(`settlement ${id}`));
  const speaker = source.status === 'statement' ? pick(SPEAKERS) : {};
  return {
    id,
    series,
    start: isoDay(start),
    end: isoDay(end),
    label: label + SYN,
    ...figure,
    ...speaker,
    ...source,
  };
}

/** Ruble-and-yuan statements on about one day in five, plus the called-out day. */
function nationalStatements(): SettlementObservation[] {
  const noise = walk(0.95, 0.08);
  const rows: SettlementObservation[] = [];
  for (let day = utc(SETTLEMENT_FIRST_YEAR, 1); day <= utc(SETTLEMENT_LAST_YEAR, 12, 31); day += DAY_MS) {
    const deviation = noise();
    if (isoDay(day) !== CALLOUT_DAY && !chance(0.22)) continue;
    const share = toShare(along(NATIONAL, decimalYear(day)), deviation);
    rows.push(
      observation('bilateral-national', { start: day, end: day, label: dayLabel(day) }, share, [
        STATEMENT_STATUS,
        STATEMENT_QUALIFIERS,
      ]),
    );
  }
  return rows;
}

/** Every year, half-year, quarter and month of the settlement years. */
function breakdownSpans(): Span[] {
  const spans: Span[] = [];
  for (let year = SETTLEMENT_FIRST_YEAR; year <= SETTLEMENT_LAST_YEAR; year++) {
    const span = (first: number, months: number, label: string) =>
      spans.push({
        start: utc(year, first),
        end: lastDay(year, first + months - 1),
        label: `${label}${year}`,
      });
    span(1, 12, '');
    [1, 7].forEach((first, i) => span(first, 6, `H${i + 1} `));
    [1, 4, 7, 10].forEach((first, i) => span(first, 3, `Q${i + 1} `));
    MONTHS.forEach((name, i) => span(i + 1, 1, `${name} `));
  }
  return spans;
}

const BREAKDOWN_SERIES = {
  usd: 'bilateral-usd',
  eur: 'bilateral-eur',
  cny: 'bilateral-cny',
  rub: 'bilateral-rub',
} as const satisfies Record<string, SettlementSeries>;

/** Four-currency breakdowns summing to 100; now and then one currency is missing (an incomplete breakdown). */
function breakdowns(): SettlementObservation[] {
  const noise = walk(0.8, 0.1);
  return breakdownSpans().flatMap((span) => {
    const at = decimalYear((span.start + span.end) / 2);
    const national = toShare(along(NATIONAL, at), noise());
    const cny = round(national * along(CNY_PART, at), 1);
    const rub = round(national - cny, 1);
    const eur = round((100 - national) * along(EUR_PART, at), 1);
    const shares = { usd: Math.max(0, 100 - cny - rub - eur), eur, cny, rub };
    return (['usd', 'eur', 'cny', 'rub'] as const)
      .filter(() => !chance(0.02))
      .map((c) => observation(BREAKDOWN_SERIES[c], span, shares[c], [REPORTED_STATUS, REPORTED_QUALIFIERS]));
  });
}

/** Ten-day spans (1–10, 11–20, 21–end of month); a few are published as their last day only. */
function dekads(): Span[] {
  const spans: Span[] = [];
  for (let year = SETTLEMENT_FIRST_YEAR; year <= SETTLEMENT_LAST_YEAR; year++) {
    for (let month = 1; month <= 12; month++) {
      for (const [first, last] of [
        [1, 10],
        [11, 20],
        [21, new Date(lastDay(year, month)).getUTCDate()],
      ] as const) {
        const end = utc(year, month, last);
        if (chance(0.02)) continue;
        spans.push(
          chance(0.05)
            ? { start: end, end, label: dayLabel(end) }
            : { start: utc(year, month, first), end, label: `${first}–${last} ${monthName(month)} ${year}` },
        );
      }
    }
  }
  return spans;
}

/** Bank of Russia–style shares of all of Russia's exports and imports: yuan, ruble, dollar plus euro. */
function russiaShares(): SettlementObservation[] {
  const flows = RUSSIA_FLOWS.map((flow) => ({
    ...flow,
    cnyNoise: walk(0.9, 0.08),
    rubNoise: walk(0.9, 0.06),
  }));
  const kinds = [REPORTED_STATUS, REPORTED_QUALIFIERS] as const;
  return dekads().flatMap((span) =>
    flows.flatMap((flow) => {
      const at = decimalYear((span.start + span.end) / 2);
      const cny = toShare(along(flow.cnyTrend, at), flow.cnyNoise());
      const rub = toShare(along(flow.rubTrend, at), flow.rubNoise());
      const usdEur = Math.max(0.5, 100 - cny - rub - between(3, 6));
      return [
        observation(flow.cny, span, cny, kinds),
        observation(flow.rub, span, rub, kinds),
        observation(flow.usdEur, span, usdEur, kinds),
      ];
    }),
  );
}

function makeSettlement(): SettlementObservation[] {
  return [...nationalStatements(), ...breakdowns(), ...russiaShares()].sort(
    (a, b) =>
      a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.series.localeCompare(b.series),
  );
}

// ---- Sanctions ----

/** 100× the real 38 events, spread over the years like the real ones (bursts in 2014 and from 2022). */
const SANCTIONS_COUNT = 3_800;
const SANCTIONS_YEARS: Mix<number> = [
  [2014, 6],
  [2015, 0.5],
  [2016, 0.3],
  [2017, 0.5],
  [2018, 0.8],
  [2019, 0.5],
  [2020, 1],
  [2021, 0.6],
  [2022, 7],
  [2023, 6],
  [2024, 12],
  [2025, 6],
];
/** The real file: 32 events dated to the day, 5 to a month, 1 to a season; 11 of the 32 are major. */
const PRECISIONS: Mix<SanctionsEvent['datePrecision']> = [
  ['day', 32],
  ['month', 5],
  ['season', 1],
];
const MAJOR_ODDS = 11 / 32;
const ACTORS: Mix<Actor[]> = [
  [['US'], 40],
  [['EU'], 32],
  [['UK-G7'], 6],
  [['US', 'EU'], 4],
  [['UK-G7', 'EU'], 3],
  [['US', 'UK-G7'], 2],
  [['market'], 9],
  [['context'], 4],
];
const MEASURE_KINDS: EventKind[] = ['financial', 'export-control', 'trade', 'designation'];
const SEASONS = ['Spring', 'Summer', 'Autumn'];

type Dated = Pick<SanctionsEvent, 'date' | 'datePrecision' | 'dateLabel'>;

/** A random day of the year (from March in 2014), dated to the day, its month or its season. */
function dated(year: number): Dated {
  const first = year === 2014 ? utc(2014, 3) : utc(year, 1);
  const day = first + Math.floor(random() * ((utc(year + 1, 1) - first) / DAY_MS)) * DAY_MS;
  const month = new Date(day).getUTCMonth() + 1;
  const precision = weighted(PRECISIONS);
  // Seasons run March to November here, so a season never starts in the year before.
  if (precision === 'season' && month >= 3 && month <= 11) {
    const season = Math.floor((month - 3) / 3);
    const label = `${SEASONS[season] ?? '?'} ${year}${SYN}`;
    return { date: isoDay(utc(year, 3 + season * 3)), datePrecision: 'season', dateLabel: label };
  }
  if (precision !== 'day') {
    const label = `${monthName(month, MONTH_NAMES)} ${year}${SYN}`;
    return { date: isoDay(utc(year, month)), datePrecision: 'month', dateLabel: label };
  }
  return { date: isoDay(day), datePrecision: 'day', dateLabel: isoDay(day) + SYN };
}

/** One to three sanctions kinds for a measure; the market answers, context frames. */
function kindsOf(actors: readonly Actor[]): EventKind[] {
  if (actors.includes('market')) return chance(0.8) ? ['market-response', 'financial'] : ['market-response'];
  if (actors.includes('context')) return ['context'];
  const count = weighted([
    [1, 55],
    [2, 35],
    [3, 10],
  ]);
  return [...MEASURE_KINDS].sort(() => random() - 0.5).slice(0, count);
}

function makeSanctions(): SanctionsEvent[] {
  const totalWeight = SANCTIONS_YEARS.reduce((s, [, w]) => s + w, 0);
  const dates = SANCTIONS_YEARS.flatMap(([year, weight]) =>
    Array.from({ length: Math.round((SANCTIONS_COUNT * weight) / totalWeight) }, () => dated(year)),
  ).sort((a, b) => a.date.localeCompare(b.date));
  const perDay = new Map<string, number>();
  return dates.map((when, index) => {
    const nth = (perDay.get(when.date) ?? 0) + 1;
    perDay.set(when.date, nth);
    const id = `syn-${when.date}-${nth}`;
    const actors = weighted(ACTORS);
    const kinds = kindsOf(actors);
    return {
      id,
      ...when,
      actors,
      kinds,
      title: `Synthetic bench data — ${actors.join(' + ')} ${kinds.join(', ')} #${index + 1}`,
      summary: `Synthetic bench data: a generated ${kinds.join('/')} event by ${actors.join(' and ')}, not a real one.`,
      major: when.datePrecision === 'day' && chance(MAJOR_ODDS),
      ...provenance(
        [
          ['reported', 95],
          ['unconfirmed', 3],
          ['statement', 1],
          ['derived', 1],
        ],
        cite(`sanctions event ${id}`),
      ),
    };
  });
}

// ---- Checks and output ----

type Dataset = {
  annual: AnnualTrade[];
  periods: PeriodTrade[];
  settlement: SettlementObservation[];
  sanctions: SanctionsEvent[];
  sources: Source[];
};

const tradeSources = (row: TradeFigures) => TRADE_KEYS.flatMap((key) => row[key]?.sourceIds ?? []);

/** Every cited source exists and every source is cited, as the real data's test demands; ids are unique. */
function check({ annual, periods, settlement, sanctions, sources }: Dataset) {
  const known = new Set(sources.map((s) => s.id));
  const cited = new Set([
    ...annual.flatMap(tradeSources),
    ...periods.flatMap(tradeSources),
    ...[...settlement, ...sanctions].flatMap((row) => row.sourceIds),
  ]);
  const unknown = [...cited].filter((id) => !known.has(id));
  const uncited = [...known].filter((id) => !cited.has(id));
  if (unknown.length || uncited.length) {
    throw new Error(`${unknown.length} unknown sources cited, ${uncited.length} sources not cited`);
  }
  for (const [name, ids] of Object.entries({ periods, settlement, sanctions, sources })) {
    const seen = new Set(ids.map((row) => row.id));
    if (seen.size !== ids.length) throw new Error(`${name}: ids are not unique`);
  }
}

/** The day of the newest figure. */
function newestDay({ annual, periods, settlement, sanctions }: Dataset) {
  const monthEnd = (ym: string) => isoDay(lastDay(Number(ym.slice(0, 4)), Number(ym.slice(5, 7))));
  const days = [
    ...annual.map((row) => `${row.year}-12-31`),
    ...periods.map((row) => monthEnd(row.end)),
    ...settlement.map((row) => row.end),
    ...sanctions.map((row) => row.date),
  ];
  return days.sort().at(-1);
}

function main() {
  const outDir = process.argv.slice(2).find((arg) => arg !== '--');
  if (!outDir) throw new Error('Usage: npx vite-node e2e/bench/make-synthetic-data.ts -- <outDir>');
  const started = performance.now();
  const dataset: Dataset = {
    annual: makeAnnualTrade(),
    periods: makePeriodTrade(),
    settlement: makeSettlement(),
    sanctions: makeSanctions(),
    // Last: each source says what the rows above cited it for.
    sources: makeSources(),
  };
  check(dataset);
  const files: Record<keyof typeof MockFiles, unknown> = {
    'annual-trade.json': dataset.annual,
    'period-trade.json': dataset.periods,
    'settlement.json': dataset.settlement,
    'sanctions.json': dataset.sanctions,
    'sources.json': dataset.sources,
    'meta.json': {
      version: 'synthetic-100x',
      asOf: newestDay(dataset),
      title:
        'Synthetic bench data: about 100× the China–Russia trade, settlement and sanctions data (not real)',
    },
  };
  mkdirSync(outDir, { recursive: true });
  for (const name of Object.keys(files) as (keyof typeof MockFiles)[]) {
    const data = files[name];
    const schema: z.ZodType = MockFiles[name];
    const parsed = schema.safeParse(data);
    if (!parsed.success) throw new Error(`${name} is invalid:\n${z.prettifyError(parsed.error)}`);
    const text = `${JSON.stringify(data, null, 2)}\n`;
    writeFileSync(join(outDir, name), text);
    const rows = Array.isArray(data) ? String(data.length) : '-';
    console.log(
      `${name.padEnd(18)} ${rows.padStart(6)} rows ${String(Buffer.byteLength(text)).padStart(10)} bytes`,
    );
  }
  console.log(`Wrote ${outDir} in ${Math.round(performance.now() - started)} ms`);
}

main();
