import annualTradeJson from '@mock-data/annual-trade.json';
import periodTradeJson from '@mock-data/period-trade.json';
import sanctionsJson from '@mock-data/sanctions.json';
import settlementJson from '@mock-data/settlement.json';
import { MockFiles } from '@/api/schemas';
import {
  majorEventsInOrder,
  namesChineseFirms,
  sanctionsPoints,
  settlementPoints,
  tradePoints,
  type TalkingPoints,
} from '@/features/briefing/talking-points';
import { annualFinding } from '@/features/trade-growth/to-annual-rows';

const annual = MockFiles['annual-trade.json'].parse(annualTradeJson);
const periods = MockFiles['period-trade.json'].parse(periodTradeJson);
const settlement = MockFiles['settlement.json'].parse(settlementJson);
const sanctions = MockFiles['sanctions.json'].parse(sanctionsJson);

const FULL = ['2013-01', '2025-12'] as const;

/** Nothing a presenter reads may show a hole in the data. */
const expectReadable = ({ takeaway, points }: TalkingPoints) => {
  for (const text of [takeaway, ...points]) {
    expect(text).not.toMatch(/undefined|NaN|null|\[object/);
    expect(text.trim()).toBe(text);
    expect(text.length).toBeGreaterThan(0);
  }
  for (const point of points) expect(point).toMatch(/[.!?]$/);
  expect(points.length).toBeLessThanOrEqual(3);
};

describe('tradePoints', () => {
  it('gives the annual finding and the fact sheet’s figures for the whole period', () => {
    const result = tradePoints(annual, periods, ...FULL);
    expectReadable(result);
    expect(result.takeaway).toBe(annualFinding(annual));
    expect(result.takeaway).toBe('Trade jumped 26.3% to $240B in 2023, then peaked at $245B in 2024');
    expect(result.points).toEqual([
      'Trade rose from $190.3B in 2022 to $240.1B in 2023, up 26.3%.',
      'Trade peaked at $244.8B in 2024; in 2025 it came to $228.1B, down 6.9%, with no published split into exports and imports.',
      'China’s exports to Russia fell about 16% year on year in Mar 2024.',
    ]);
  });

  it('drops the points whose years or month fall outside the period', () => {
    const early = tradePoints(annual, periods, '2013-01', '2020-12');
    expectReadable(early);
    expect(early.points).toEqual(['Trade peaked at $110.8B in 2019; in 2020 it came to $107.8B, down 2.9%.']);
    expect(early.points.join(' ')).not.toMatch(/2022|2023|2024|Mar/);

    const year2023 = tradePoints(annual, periods, '2023-01', '2023-12');
    expect(year2023.points).toEqual(['Trade came to $240.1B in 2023.']);

    const spring2024 = tradePoints(annual, periods, '2024-01', '2024-06');
    expect(spring2024.points).toEqual([
      'Trade came to $244.8B in 2024.',
      'China’s exports to Russia fell about 16% year on year in Mar 2024.',
    ]);
    expect(tradePoints(annual, periods, '2024-04', '2024-12').points.join(' ')).not.toContain('Mar 2024');
  });

  it('leaves out the change when 2023 has none, rather than working one out', () => {
    const unreported = annual.map((row) => (row.year === 2023 ? { ...row, totalChangePct: null } : row));
    const [step] = tradePoints(unreported, periods, ...FULL).points;
    expect(step).toBe('Trade rose from $190.3B in 2022 to $240.1B in 2023.');
  });

  it('says “about” only for an approximate change', () => {
    const exact = periods.map((row) =>
      row.exportsChangePct && row.kind === 'month' && row.start === '2024-03'
        ? { ...row, exportsChangePct: { ...row.exportsChangePct, qualifier: 'exact' as const } }
        : row,
    );
    expect(tradePoints(annual, exact, ...FULL).points.at(-1)).toBe(
      'China’s exports to Russia fell 16% year on year in Mar 2024.',
    );
  });

  it('invents nothing from empty data', () => {
    const result = tradePoints([], [], ...FULL);
    expect(result.takeaway).toMatch(/\S/);
    expect(result.takeaway).not.toMatch(/\d/);
    expect(result.points).toEqual([]);
  });
});

describe('settlementPoints', () => {
  it('gives the latest share, Putin’s callout, the rise and the dollar’s old share', () => {
    const result = settlementPoints(settlement, ...FULL);
    expectReadable(result);
    expect(result.takeaway).toBe(
      'Rubles and yuan now settle almost all China–Russia trade: 99.1% by Nov 2025',
    );
    expect(result.points).toEqual([
      'President of Russia Vladimir Putin put the share of China–Russia trade settled in rubles and yuan at >90% on 16 May 2024.',
      'The share settled in rubles and yuan rose from 2–3% in 2013–2014 to 99.1% by 4 Nov 2025.',
      'In 2017 the US dollar settled 77.2% of China–Russia trade, the yuan 12.5% and the ruble 5.8%.',
    ]);
  });

  it('uses only the observations inside the period', () => {
    const middle = settlementPoints(settlement, '2020-01', '2023-12');
    expectReadable(middle);
    expect(middle.points).toEqual([
      'The share settled in rubles and yuan rose from 24% in Q1 2020 to 95% by 20 Nov 2023.',
      'In Q1 2020 the US dollar settled 46% of China–Russia trade, the yuan ≈17% and the ruble ≈7%.',
    ]);
    expect(middle.points.join(' ')).not.toContain('>90%');
    // A single statement is no trend, and no breakdown was published before 2017.
    expect(settlementPoints(settlement, '2013-01', '2016-12').points).toEqual([]);
  });

  it('names who spoke only when the data says so', () => {
    const anonymous = settlement.map((row) => ({ ...row, speaker: undefined, speakerRole: undefined }));
    expect(settlementPoints(anonymous, '2024-01', '2024-12').points[0]).toBe(
      'Published figures put the share of China–Russia trade settled in rubles and yuan at >90% on 16 May 2024.',
    );
  });

  it('falls back to a sentence without figures for empty data', () => {
    const result = settlementPoints([], ...FULL);
    expect(result.takeaway).toMatch(/\S/);
    expect(result.takeaway).not.toMatch(/\d/);
    expect(result.points).toEqual([]);
  });
});

describe('sanctionsPoints', () => {
  it('counts the measures and names the latest major event and the first to name Chinese firms', () => {
    const result = sanctionsPoints(sanctions, ...FULL);
    expectReadable(result);
    expect(result.takeaway).toBe('Sanctions pressure kept rising: 25 measures since 2022');
    expect(result.points).toEqual([
      'The period from Jan 2013 to Dec 2025 holds 32 sanctions measures by the US, the EU and the UK/G7, 25 of them since 2022.',
      'The latest major event came on 22 Oct 2025: US blocks Rosneft and Lukoil; Chinese state oil firms pause purchases.',
      'The first event in this period to name Chinese banks or firms came on 22 May 2020 (effective 5 Jun 2020): BIS adds 33 Chinese entities to the Entity List, including Harbin Institute of Technology.',
    ]);
  });

  it('narrows every point to the period', () => {
    const war = sanctionsPoints(sanctions, '2022-01', '2023-12');
    expectReadable(war);
    expect(war.points).toEqual([
      'The period from Jan 2022 to Dec 2023 holds 11 sanctions measures by the US, the EU and the UK/G7.',
      'The latest major event came on 22 Dec 2023 (published in the Federal Register 26 Dec 2023): EO 14114: secondary sanctions risk for foreign banks.',
      'The first event in this period to name Chinese banks or firms came in June 2023: EU 11th sanctions package.',
    ]);

    const crimea = sanctionsPoints(sanctions, '2014-01', '2014-12');
    expect(crimea.takeaway).toBe('6 sanctions measures in this selection, none since 2022');
    expect(crimea.points).toEqual([
      'The period from Jan 2014 to Dec 2014 holds 6 sanctions measures by the US, the EU and the UK/G7, none of them since 2022.',
      'The latest major event came on 17 Mar 2014: Crimea: US executive order and EU asset freeze on Russian officials.',
    ]);
  });

  it('reads month and season dates as such', () => {
    const summer = sanctionsPoints(sanctions, '2024-06', '2024-06').points;
    expect(summer).toContain(
      'The first event in this period to name Chinese banks or firms came in summer 2024: Chinese banks reportedly return about 80% of Russian yuan payments.',
    );
  });

  it('invents nothing from empty data', () => {
    const result = sanctionsPoints([], ...FULL);
    expect(result.takeaway).toBe('No sanctions measures in this selection');
    expect(result.points).toEqual([]);
  });
});

describe('namesChineseFirms', () => {
  it('finds events about Chinese banks or firms, not China as a market or a summit', () => {
    const ids = sanctions.filter(namesChineseFirms).map((event) => event.id);
    expect(ids).toContain('2024-03-01-chinese-banks-return-payments');
    expect(ids).toContain('2023-10-06-bis-42-chinese-entities');
    expect(ids).not.toContain('2025-01-10-us-uk-oil-sanctions');
    expect(ids).not.toContain('2024-05-16-putin-xi-beijing-harbin');
  });
});

describe('majorEventsInOrder', () => {
  it('keeps the major events inside the period, oldest first, whatever the input order', () => {
    const ids = majorEventsInOrder([...sanctions].reverse(), '2022-01', '2024-12').map((event) => event.id);
    expect(ids).toEqual([
      '2022-02-24-invasion-us-banks-export-controls',
      '2022-02-26-swift-statement',
      '2022-03-02-eu-swift-removal',
      '2022-12-05-oil-price-cap',
      '2023-12-22-eo-14114',
      '2024-02-07-chouzhou-bank-halts-russia',
      '2024-06-12-us-widens-eo-14114-moex',
      '2024-12-16-eu-15th-package',
    ]);
    expect(majorEventsInOrder(sanctions, ...FULL)).toHaveLength(11);
    expect(majorEventsInOrder(sanctions, '2015-01', '2019-12')).toEqual([]);
  });
});
