import periodTradeJson from '@mock-data/period-trade.json';
import { MockFiles } from '@/api/schemas';
import {
  markedMonth,
  monthlyDomain,
  monthlyFinding,
  toMonthlyRows,
} from '@/features/trade-growth/to-monthly-rows';

const rows = MockFiles['period-trade.json'].parse(periodTradeJson);

describe('toMonthlyRows', () => {
  const months = toMonthlyRows(rows, '2023-01', '2025-12');

  it('keeps single months only, in order, within the period', () => {
    expect(months.every((m) => m.source.kind === 'month')).toBe(true);
    expect(months.map((m) => m.month)).toEqual([...months.map((m) => m.month)].sort());
    expect(toMonthlyRows(rows, '2024-01', '2024-06').map((m) => m.month)).toEqual([
      '2024-03',
      '2024-04',
      '2024-05',
      '2024-06',
    ]);
  });

  it('leaves unpublished values as gaps instead of zeros or interpolations', () => {
    const may2024 = months.find((m) => m.month === '2024-05');
    expect(may2024).toMatchObject({
      total: null,
      exports: null,
      imports: null,
      unsplit: null,
      exportsChange: 1.8,
    });
    expect(months.some((m) => m.month === '2024-02')).toBe(false);
  });

  it('draws a total with no split as one bar, and a split month as two', () => {
    expect(months.find((m) => m.month === '2023-11')).toMatchObject({
      unsplit: 21.5,
      exports: null,
      imports: null,
    });
    expect(months.find((m) => m.month === '2023-04')).toMatchObject({
      exports: 9.6,
      imports: 9.6,
      unsplit: null,
    });
  });

  it('marks the yuan-terms changes', () => {
    expect(months.find((m) => m.month === '2024-09')?.exportsChangeInYuan).toBe(true);
    expect(months.find((m) => m.month === '2023-04')?.exportsChangeInYuan).toBe(false);
  });

  it('marks March 2024 and words the title from its published change', () => {
    expect(markedMonth(months)?.exportsChange).toBe(-16);
    expect(monthlyFinding(rows)).toBe('China’s exports to Russia fell about 16% year on year in Mar 2024');
  });
});

describe('monthlyDomain', () => {
  it('trims the period to whole years that hold monthly figures', () => {
    const months = toMonthlyRows(rows, '2013-01', '2025-12');
    const [start, end] = monthlyDomain(months, '2013-01', '2025-12');
    expect(new Date(start).toISOString().slice(0, 7)).toBe('2023-01');
    expect(new Date(end).toISOString().slice(0, 7)).toBe('2025-12');
    const narrow = toMonthlyRows(rows, '2024-02', '2024-05');
    expect(
      monthlyDomain(narrow, '2024-02', '2024-05').map((t) => new Date(t).toISOString().slice(0, 7)),
    ).toEqual(['2024-02', '2024-05']);
  });
});
