import settlementJson from '@mock-data/settlement.json';
import { MockFiles, SettlementObservation } from '@/api/schemas';
import { breakdownsToDraw, COLUMN_PX } from '@/features/settlement-share/thin-breakdowns';
import { toBreakdowns, toSettlementRows } from '@/features/settlement-share/to-settlement-rows';

const data = MockFiles['settlement.json'].parse(settlementJson);

/** All four currency shares of Russia–China trade for the days `start`–`end`. */
const breakdown = (start: string, end: string, label: string) =>
  (['usd', 'eur', 'cny', 'rub'] as const).map((c, i) =>
    SettlementObservation.parse({
      id: `${c}-${start}-${end}`,
      series: `bilateral-${c}`,
      start,
      end,
      label,
      value: [40, 10, 30, 20][i],
      status: 'reported',
      sourceIds: ['src'],
    }),
  );

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Every year, half, quarter and month of 2013–2025, as the synthetic bench data has them. */
const everyGranularity = Array.from({ length: 13 }, (_, i) => 2013 + i).flatMap((y) => [
  ...breakdown(`${y}-01-01`, `${y}-12-31`, `${y}`),
  ...[1, 2].flatMap((h) =>
    breakdown(`${y}-${pad(h * 6 - 5)}-01`, `${y}-${pad(h * 6)}-${lastDay(y, h * 6)}`, `H${h} ${y}`),
  ),
  ...[1, 2, 3, 4].flatMap((q) =>
    breakdown(`${y}-${pad(q * 3 - 2)}-01`, `${y}-${pad(q * 3)}-${lastDay(y, q * 3)}`, `Q${q} ${y}`),
  ),
  ...Array.from({ length: 12 }, (_, m) =>
    breakdown(`${y}-${pad(m + 1)}-01`, `${y}-${pad(m + 1)}-${lastDay(y, m + 1)}`, `${m + 1}/${y}`),
  ).flat(),
]);

describe('breakdownsToDraw', () => {
  it('draws the few real breakdowns as they are', () => {
    const { breakdowns } = toSettlementRows(data, '2013-01', '2025-12');
    expect(breakdownsToDraw(breakdowns, 200)).toBe(breakdowns);
  });

  it('picks years for thirteen years of every granularity', () => {
    const rows = toBreakdowns(everyGranularity, '2013-01', '2025-12');
    expect(rows).toHaveLength(13 * 19);
    expect(breakdownsToDraw(rows, 400).map((row) => row.label)).toEqual(
      Array.from({ length: 13 }, (_, i) => `${2013 + i}`),
    );
  });

  it('picks the finest granularity that fits: quarters, then months, for two years', () => {
    const rows = toBreakdowns(everyGranularity, '2023-01', '2024-12');
    expect(breakdownsToDraw(rows, 10 * COLUMN_PX).map((row) => row.label)).toEqual([
      'Q1 2023',
      'Q2 2023',
      'Q3 2023',
      'Q4 2023',
      'Q1 2024',
      'Q2 2024',
      'Q3 2024',
      'Q4 2024',
    ]);
    expect(breakdownsToDraw(rows, 30 * COLUMN_PX)).toHaveLength(24);
  });

  it('fills time the chosen granularity leaves uncovered with other periods, without overlaps', () => {
    // Twelve months of 2019 do not fit; the years (and the lone quarter after them) cover more time.
    const rows = toBreakdowns(
      [
        ...Array.from({ length: 12 }, (_, m) =>
          breakdown(`2019-${pad(m + 1)}-01`, `2019-${pad(m + 1)}-${lastDay(2019, m + 1)}`, `${m + 1}/2019`),
        ).flat(),
        ...breakdown('2017-01-01', '2017-12-31', '2017'),
        ...breakdown('2019-01-01', '2019-12-31', '2019'),
        ...breakdown('2020-01-01', '2020-03-31', 'Q1 2020'),
      ],
      '2013-01',
      '2025-12',
    );
    expect(breakdownsToDraw(rows, 8 * COLUMN_PX).map((row) => row.label)).toEqual([
      '2017',
      '2019',
      'Q1 2020',
    ]);
  });

  it('draws the coarsest granularity when not even it fits', () => {
    const rows = toBreakdowns(everyGranularity, '2013-01', '2025-12');
    expect(breakdownsToDraw(rows, 3 * COLUMN_PX)).toHaveLength(13);
  });
});
