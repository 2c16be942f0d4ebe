import { downsampleRuns } from '@/lib/downsample';

type P = { x: number; y: number; range?: boolean };

const series = (xs: readonly number[]): P[] => xs.map((x) => ({ x, y: Math.sin(x / 7) * 10 + (x % 5) }));
const every = (from: number, to: number, step = 1) =>
  Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => from + i * step);
const options = { x: (p: P) => p.x, y: (p: P) => p.y, domain: [0, 1000] as const };

describe('downsampleRuns', () => {
  it('returns a series that fits as it is', () => {
    const points = series(every(0, 1000, 10));
    expect(downsampleRuns(points, { ...options, maxPoints: 101 })).toBe(points);
    expect(downsampleRuns(points, { ...options, maxPoints: 500 })).toBe(points);
  });

  it('leaves tiny series alone whatever the room', () => {
    const two = series([1, 2]);
    expect(downsampleRuns(two, { ...options, maxPoints: 0 })).toBe(two);
    expect(downsampleRuns([], { ...options, maxPoints: 0 })).toEqual([]);
  });

  it('thins a long series to about the room the plot has, keeping the first and last points', () => {
    const points = series(every(0, 1000));
    const drawn = downsampleRuns(points, { ...options, maxPoints: 100 });
    expect(drawn.length).toBeLessThanOrEqual(102);
    expect(drawn.length).toBeGreaterThan(90);
    expect(drawn[0]).toBe(points[0]);
    expect(drawn.at(-1)).toBe(points.at(-1));
  });

  it('keeps both ends of a run with room for only two points', () => {
    // 0–5 is a short run (room for two at 10 units a point) before a gap; 100–1000 a long one.
    const points = series([...every(0, 5, 0.5), ...every(100, 1000, 0.5)]);
    const drawn = downsampleRuns(points, { ...options, maxPoints: 100 });
    expect(drawn.filter((p) => p.x <= 5).map((p) => p.x)).toEqual([0, 5]);
    expect(drawn.at(-1)).toBe(points.at(-1));
  });

  it('draws original points with their exact values, in order', () => {
    const points = series(every(0, 1000, 0.5));
    const drawn = downsampleRuns(points, { ...options, maxPoints: 50 });
    for (const point of drawn) expect(points).toContain(point);
    expect(drawn.map((p) => p.x)).toEqual([...drawn.map((p) => p.x)].sort((a, b) => a - b));
  });

  it('keeps the peaks of a spiky series', () => {
    const points = every(0, 1000).map((x) => ({ x, y: x === 400 ? 100 : x === 700 ? -100 : 0 }));
    const drawn = downsampleRuns(points, { ...options, maxPoints: 50 });
    expect(drawn.map((p) => p.x)).toEqual(expect.arrayContaining([400, 700]));
  });

  it('thins each run between gaps apart, keeping the points on both sides of a gap', () => {
    // Dense runs 0–300 and 600–1000, nothing between: the gap is 300 wide.
    const points = series([...every(0, 300, 0.5), ...every(600, 1000, 0.5)]);
    const drawn = downsampleRuns(points, { ...options, maxPoints: 100 });
    const xs = drawn.map((p) => p.x);
    expect(xs).toContain(300);
    expect(xs).toContain(600);
    expect(xs.filter((x) => x > 300 && x < 600)).toEqual([]);
    // Each run has room in proportion to its length on the axis: 30 and 40 points.
    expect(xs.filter((x) => x <= 300).length).toBeLessThanOrEqual(32);
    expect(xs.filter((x) => x >= 600).length).toBeLessThanOrEqual(42);
  });

  it('treats a jump wider than `maxGap` as a gap', () => {
    const points = series([...every(0, 100, 0.1), ...every(130, 200, 0.1)]);
    const wide = downsampleRuns(points, { ...options, maxPoints: 100, maxGap: 50 });
    const narrow = downsampleRuns(points, { ...options, maxPoints: 100, maxGap: 20 });
    expect(narrow.map((p) => p.x)).toEqual(expect.arrayContaining([100, 130]));
    // One run of 200 with room for 21 points, against runs of 100 and 70 with room for 11 and 8.
    expect(wide).toHaveLength(21);
    expect(narrow).toHaveLength(19);
  });

  it('always draws the points it is told to keep', () => {
    const points = every(0, 1000, 0.25).map((x) => ({ x, y: 5, range: x % 97 === 0 }));
    const kept = points.filter((p) => p.range);
    const drawn = downsampleRuns(points, { ...options, maxPoints: 40, keep: (p) => p.range });
    for (const point of kept) expect(drawn).toContain(point);
    expect(new Set(drawn).size).toBe(drawn.length);
    expect(drawn.length).toBeLessThan(points.length / 10);
  });
});
