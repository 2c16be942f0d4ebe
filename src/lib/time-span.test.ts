import { formatMonthSpan } from '@/lib/time-span';

const day = (iso: string) => Date.parse(`${iso}T12:00:00Z`);

describe('formatMonthSpan', () => {
  it('names one month once', () => {
    expect(formatMonthSpan(day('2022-03-02'), day('2022-03-30'))).toBe('Mar 2022');
  });

  it('shares the year within one year', () => {
    expect(formatMonthSpan(day('2022-03-02'), day('2022-04-30'))).toBe('Mar–Apr 2022');
  });

  it('spells out both years across a new year, in either order', () => {
    expect(formatMonthSpan(day('2024-01-05'), day('2023-12-20'))).toBe('Dec 2023–Jan 2024');
  });
});
