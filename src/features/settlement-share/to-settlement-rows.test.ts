import settlementJson from '@mock-data/settlement.json';
import { MockFiles, SettlementObservation } from '@/api/schemas';
import { dayTime, periodDomain } from '@/lib/time';
import {
  calloutText,
  findCallout,
  inPeriod,
  russiaDomain,
  settlementFinding,
  shownObservations,
  toBreakdowns,
  toPoint,
  toSettlementRows,
  yearsCovered,
  yuanFinding,
} from '@/features/settlement-share/to-settlement-rows';

const data = MockFiles['settlement.json'].parse(settlementJson);

/** A hand-made observation, parsed so defaults apply as they do for API data. */
const obs = (fields: Record<string, unknown>) =>
  SettlementObservation.parse({
    id: 'x',
    series: 'bilateral-national',
    start: '2023-01-01',
    end: '2023-01-01',
    label: '1 Jan 2023',
    value: 50,
    status: 'statement',
    sourceIds: ['src'],
    ...fields,
  });

describe('inPeriod', () => {
  it('keeps an observation whose days overlap the months of the period', () => {
    const year2017 = obs({ start: '2017-01-01', end: '2017-12-31' });
    expect(inPeriod(year2017, '2017-12', '2018-03')).toBe(true);
    expect(inPeriod(year2017, '2016-01', '2017-01')).toBe(true);
    expect(inPeriod(year2017, '2018-01', '2018-12')).toBe(false);
    expect(inPeriod(obs({ start: '2024-02-29', end: '2024-02-29' }), '2024-02', '2024-02')).toBe(true);
  });
});

describe('toPoint', () => {
  it('places a figure in the middle of the days it describes', () => {
    const point = toPoint(obs({ start: '2020-01-01', end: '2020-03-31', value: 24 }), '2013-01', '2025-12');
    expect(point.x).toBe((dayTime('2020-01-01') + dayTime('2020-03-31')) / 2);
    expect(point.xSpan).toEqual([point.x - dayTime('2020-01-01'), dayTime('2020-03-31') - point.x]);
    expect(point).toMatchObject({ y: 24, ySpan: [0, 0], text: '24%' });
  });

  it('draws a range at its middle, with its ends as the span, and keeps its published wording', () => {
    const point = toPoint(obs({ value: 2, qualifier: 'range', high: 3 }), '2013-01', '2025-12');
    expect(point).toMatchObject({ y: 2.5, ySpan: [0.5, 0.5], text: '2–3%' });
    expect(toPoint(obs({ value: 90, qualifier: 'over' }), '2013-01', '2025-12').text).toBe('>90%');
  });

  it('puts a figure reaching outside the period on its part inside', () => {
    const point = toPoint(obs({ start: '2013-01-01', end: '2014-12-31' }), '2014-01', '2025-12');
    const [periodStart] = periodDomain('2014-01', '2025-12');
    expect(point.x).toBe((periodStart + dayTime('2014-12-31')) / 2);
    expect(point.x - point.xSpan[0]).toBe(periodStart);
  });
});

describe('toSettlementRows with the mock data', () => {
  const rows = toSettlementRows(data, '2013-01', '2025-12');

  it('draws every ruble-and-yuan figure as its own point, in time order', () => {
    const expected = data.filter((row) => row.series === 'bilateral-national');
    expect(rows.statements).toHaveLength(expected.length);
    expect(rows.statements.map((p) => p.x)).toEqual(
      [...rows.statements.map((p) => p.x)].sort((a, b) => a - b),
    );
    const latest = rows.statements.at(-1);
    expect(latest?.observation).toMatchObject({ label: '4 Nov 2025', value: 99.1 });
    expect(rows.statements.map((p) => p.text)).toContain('>90%');
  });

  it('builds a 100% column only where all four currencies are published', () => {
    expect(rows.breakdowns.map((row) => row.label)).toEqual(['2017', '2018', 'Q1 2020']);
    for (const row of rows.breakdowns) {
      expect(row.usd + row.eur + row.cny + row.rub).toBeCloseTo(100, 6);
    }
    const q1 = rows.breakdowns[2];
    expect(q1).toMatchObject({ usd: 46, eur: 30, cny: 17, rub: 7 });
    expect(q1?.figures.cny.qualifier).toBe('approx');
    expect(rows.breakdowns[0]?.figures.eur.status).toBe('derived');
  });

  it('splits the Bank of Russia yuan shares by flow, with ranges as published', () => {
    expect(rows.russia.exports.every((p) => p.observation.series === 'russia-exports-cny')).toBe(true);
    expect(rows.russia.imports.every((p) => p.observation.series === 'russia-imports-cny')).toBe(true);
    expect(rows.russia.exports[0]?.text).toBe('0.4–0.5%');
    expect(rows.russia.imports[0]?.text).toBe('4%');
  });

  it('narrows to the period', () => {
    const narrow = toSettlementRows(data, '2018-01', '2020-12');
    expect(narrow.breakdowns.map((row) => row.label)).toEqual(['2018', 'Q1 2020']);
    expect(narrow.statements.map((p) => p.observation.label)).toEqual(['2018', 'Q1 2020', 'Jan–Sep 2020']);
    expect(narrow.russia.exports).toEqual([]);
  });

  it('finds the statement to call out by series and day', () => {
    const callout = findCallout(rows.statements);
    expect(callout && calloutText(callout)).toBe('>90% — Putin, 16 May 2024');
    expect(findCallout(toSettlementRows(data, '2013-01', '2023-12').statements)).toBeUndefined();
  });
});

describe('toBreakdowns', () => {
  it('leaves out a period missing one currency', () => {
    const partial = ['usd', 'eur', 'cny'].map((c) =>
      obs({ id: c, series: `bilateral-${c}`, start: '2019-01-01', end: '2019-12-31', label: '2019' }),
    );
    expect(toBreakdowns(partial, '2013-01', '2025-12')).toEqual([]);
  });
});

describe('shownObservations', () => {
  const rows = toSettlementRows(data, '2017-01', '2018-12');

  it('lists the statements and every breakdown segment of the bilateral view', () => {
    const shown = shownObservations(rows, 'bilateral', new Set());
    expect(shown.map((row) => row.id)).toEqual([
      'bilateral-national-2017',
      'bilateral-usd-2017',
      'bilateral-eur-2017',
      'bilateral-cny-2017',
      'bilateral-rub-2017',
      'bilateral-national-2018',
      'bilateral-usd-2018',
      'bilateral-eur-2018',
      'bilateral-cny-2018',
      'bilateral-rub-2018',
    ]);
  });

  it('leaves out the series hidden in the legend', () => {
    const shown = shownObservations(rows, 'bilateral', new Set(['national', 'usd']));
    expect(shown.map((row) => row.series)).not.toContain('bilateral-national');
    expect(shown.map((row) => row.series)).not.toContain('bilateral-usd');
    expect(shown).toHaveLength(6);
  });

  it('lists only the yuan flows in the Russia view', () => {
    const all = toSettlementRows(data, '2013-01', '2025-12');
    const shown = shownObservations(all, 'russia', new Set(['imports']));
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown.map((row) => row.series))).toEqual(new Set(['russia-exports-cny']));
  });
});

describe('titles', () => {
  it('states the latest ruble-and-yuan share from the data', () => {
    expect(settlementFinding(data)).toBe(
      'Rubles and yuan now settle almost all China–Russia trade: 99.1% by Nov 2025',
    );
  });

  it('follows the data, not fixed numbers', () => {
    const rows = [
      obs({ id: 'a', start: '2021-01-01', end: '2021-12-31', value: 40 }),
      obs({ id: 'b', start: '2022-06-10', end: '2022-06-10', value: 80, qualifier: 'over' }),
      obs({ id: 'c', series: 'bilateral-usd', start: '2024-01-01', end: '2024-01-01', value: 10 }),
    ];
    expect(settlementFinding(rows)).toBe(
      'Rubles and yuan now settle most China–Russia trade: >80% by Jun 2022',
    );
    expect(settlementFinding([])).toBeUndefined();
  });

  it('states where the yuan’s shares of Russia’s exports and imports started and ended', () => {
    expect(yuanFinding(data)).toBe(
      'The yuan rose from 0.4–0.5% to 34.5% of Russia’s export settlements and from 4% to 36.4% of its import settlements',
    );
    expect(yuanFinding([])).toBeUndefined();
  });

  it('names the years the data covers', () => {
    expect(yearsCovered(data.filter((row) => row.series === 'russia-exports-cny'))).toBe('2022–2024');
    expect(yearsCovered([])).toBeUndefined();
  });
});

describe('russiaDomain', () => {
  it('spans the whole years of the yuan figures inside the period', () => {
    const rows = toSettlementRows(data, '2013-01', '2025-12');
    expect(russiaDomain(rows, '2013-01', '2025-12')).toEqual(periodDomain('2022-01', '2024-12'));
    const narrow = toSettlementRows(data, '2023-03', '2025-12');
    expect(russiaDomain(narrow, '2023-03', '2025-12')).toEqual(periodDomain('2023-03', '2024-12'));
  });
});
