import annualTradeJson from '@mock-data/annual-trade.json';
import { MockFiles } from '@/api/schemas';
import {
  annualFinding,
  stepOf,
  toAnnualRows,
  yearsWithCaveats,
} from '@/features/trade-growth/to-annual-rows';

const rows = MockFiles['annual-trade.json'].parse(annualTradeJson);

describe('toAnnualRows', () => {
  it('stacks exports and imports, and draws a total with no split as one bar', () => {
    const bars = toAnnualRows(rows, '2013-01', '2025-12');
    expect(bars).toHaveLength(13);
    expect(bars.find((b) => b.year === 2023)).toMatchObject({
      exports: 110.97,
      imports: 129.14,
      unsplit: null,
      total: 240.11,
    });
    expect(bars.find((b) => b.year === 2025)).toMatchObject({ exports: null, imports: null, unsplit: 228.1 });
  });

  it('keeps the years the period overlaps', () => {
    expect(toAnnualRows(rows, '2022-06', '2023-02').map((b) => b.year)).toEqual([2022, 2023]);
  });

  it('finds the 2022→2023 step with its reported change', () => {
    const step = stepOf(toAnnualRows(rows, '2013-01', '2025-12'));
    expect(step?.before.total).toBe(190.271);
    expect(step?.after.total).toBe(240.11);
    expect(step?.change.value).toBe(26.3);
    expect(stepOf(toAnnualRows(rows, '2023-01', '2025-12'))).toBeUndefined();
  });

  it('states the finding and names the years with caveats', () => {
    expect(annualFinding(rows)).toBe('Trade jumped 26.3% to $240B in 2023, then peaked at $245B in 2024');
    expect(yearsWithCaveats(rows)).toEqual(expect.arrayContaining([2013, 2015, 2021]));
    expect(yearsWithCaveats(rows)).not.toContain(2022);
  });
});
