import { clusterByPosition } from '@/lib/cluster';

const at = (x: number) => x;

describe('clusterByPosition', () => {
  it('keeps items that stand apart as groups of one', () => {
    expect(clusterByPosition([10, 40, 80], at, 8)).toEqual([
      { items: [10], at: 10 },
      { items: [40], at: 40 },
      { items: [80], at: 80 },
    ]);
  });

  it('groups items within the window of a group’s first item, in position order', () => {
    const groups = clusterByPosition([13, 10, 11, 30, 31.5], at, 8);
    expect(groups.map((g) => g.items)).toEqual([
      [10, 11, 13],
      [30, 31.5],
    ]);
    expect(groups[0]?.at).toBeCloseTo(34 / 3);
  });

  it('bounds a group by its window, so a long dense run becomes several groups', () => {
    const run = Array.from({ length: 100 }, (_, i) => i * 0.5);
    const groups = clusterByPosition(run, at, 10);
    expect(groups.length).toBeGreaterThanOrEqual(4);
    expect(groups.length).toBeLessThanOrEqual(5);
    expect(groups.flatMap((g) => g.items)).toEqual(run);
  });

  it('merges neighbouring groups whose centres end up too close', () => {
    // 0 and 7.9 start one group centred at ~3.95; 8 starts the next, centred at 8: 4 px apart.
    expect(clusterByPosition([0, 7.9, 8], at, 8, 6).map((g) => g.items)).toEqual([[0, 7.9, 8]]);
    expect(clusterByPosition([0, 7.9, 8], at, 8, 4).map((g) => g.items)).toEqual([[0, 7.9], [8]]);
  });

  it('leaves no two group centres closer than the minimum gap', () => {
    const xs = Array.from({ length: 500 }, (_, i) => (i * 7919) % 600);
    const centres = clusterByPosition(xs, at, 16, 12).map((g) => g.at);
    for (let i = 1; i < centres.length; i += 1)
      expect((centres[i] ?? 0) - (centres[i - 1] ?? 0)).toBeGreaterThanOrEqual(12);
  });

  it('returns nothing for nothing', () => {
    expect(clusterByPosition([], at, 8)).toEqual([]);
  });
});
