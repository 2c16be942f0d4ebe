import { placeLabels, pointBox, spotsAround, textWidth } from '@/features/settlement-share/place-labels';

const bounds = { x: 0, y: 0, width: 400, height: 200 };

describe('placeLabels', () => {
  it('puts a label above its point when there is room', () => {
    const placed = placeLabels([{ id: 'a', spots: spotsAround(100, 100, '95%') }], bounds);
    const spot = placed.get('a');
    expect(spot?.text).toBe('95%');
    expect(spot && spot.box.y + spot.box.height).toBeLessThan(100);
  });

  it('moves a label below its point at the top edge', () => {
    const placed = placeLabels([{ id: 'a', spots: spotsAround(100, 5, '99.1%') }], bounds);
    expect(placed.get('a')?.box.y).toBeGreaterThan(5);
  });

  it('leaves out labels that would overlap, keeping the earlier ones', () => {
    // Two points a few pixels apart, as on a narrow chart, each allowed only the spot above it.
    const points = [
      { id: 'a', cx: 100, cy: 100 },
      { id: 'b', cx: 104, cy: 100 },
    ];
    const obstacles = points.map(({ cx, cy }) => pointBox(cx, cy));
    const onlyAbove = points.map(({ id, cx, cy }) => ({ id, spots: spotsAround(cx, cy, '70%').slice(0, 1) }));
    const placed = placeLabels(onlyAbove, bounds, obstacles);
    expect([...placed.keys()]).toEqual(['a']);
  });

  it('keeps labels off obstacles such as other points', () => {
    const obstacle = pointBox(100, 88);
    const placed = placeLabels([{ id: 'a', spots: spotsAround(100, 100, '95%') }], bounds, [obstacle]);
    expect(placed.get('a')?.box.y).toBeGreaterThan(100);
  });

  it('leaves a label out when no spot fits inside the bounds', () => {
    const tiny = { x: 0, y: 0, width: 20, height: 20 };
    expect(placeLabels([{ id: 'a', spots: spotsAround(10, 10, '0.4–0.5%') }], tiny).size).toBe(0);
  });
});

describe('textWidth', () => {
  it('grows with the text', () => {
    expect(textWidth('99.1%')).toBeGreaterThan(textWidth('5%'));
  });
});
