import {
  dayTime,
  monthEnd,
  monthStart,
  monthsBetween,
  periodDomain,
  thinTicks,
  toMonth,
  yearTickCount,
  yearTicks,
} from '@/lib/time';

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

  it('gives a plot as many year ticks as it has room for, every other year or fewer when narrow', () => {
    const years = (plotPx: number) =>
      yearTicks(periodDomain('2013-01', '2025-12'), yearTickCount(plotPx)).map((t) =>
        new Date(t).getUTCFullYear(),
      );
    // 13 years want 520 pixels; a 420-pixel plot (the timeline in a 660-pixel window) takes every other.
    expect(years(1000)).toHaveLength(13);
    expect(years(420)).toEqual([2013, 2015, 2017, 2019, 2021, 2023, 2025]);
    expect(years(60)).toEqual([2013, 2020]);
    expect(thinTicks([1, 2, 3, 4, 5], 2)).toEqual([1, 4]);
  });
});
