import { dayTime, monthEnd, monthStart, monthsBetween, periodDomain, toMonth, yearTicks } from '@/lib/time';

describe('time', () => {
  it('spans whole months', () => {
    expect(new Date(monthStart('2024-03')).toISOString()).toBe('2024-03-01T00:00:00.000Z');
    expect(new Date(monthEnd('2024-02')).toISOString()).toBe('2024-02-29T23:59:59.999Z');
    expect(toMonth(dayTime('2024-12-31'))).toBe('2024-12');
  });

  it('lists months across a year end', () => {
    expect(monthsBetween('2023-11', '2024-02')).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
  });

  it('ticks each January 1st inside the domain', () => {
    expect(yearTicks(periodDomain('2022-01', '2024-06')).map((t) => new Date(t).getUTCFullYear())).toEqual([
      2022, 2023, 2024,
    ]);
    expect(yearTicks(periodDomain('2022-03', '2023-12')).map((t) => new Date(t).getUTCFullYear())).toEqual([
      2023,
    ]);
    expect(yearTicks(periodDomain('2013-01', '2025-12'), 7)).toHaveLength(7);
  });
});
