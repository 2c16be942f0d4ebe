import settlementJson from '@mock-data/settlement.json';
import { MockFiles, SettlementObservation } from '@/api/schemas';
import { periodDomain } from '@/lib/time';
import { pointsToDraw, pointsToLabel } from '@/features/settlement-share/thin-points';
import {
  toPoint,
  toSettlementRows,
  type SettlementPoint,
} from '@/features/settlement-share/to-settlement-rows';

const data = MockFiles['settlement.json'].parse(settlementJson);
const domain = periodDomain('2013-01', '2025-12');

/** A daily statement from 1 Jan 2013 on, wandering between 10% and 90%; every 50th is a range. */
const statements = (count: number): SettlementPoint[] =>
  Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2013, 0, 1 + i)).toISOString().slice(0, 10);
    const value = Math.round(50 + 40 * Math.sin(i / 40));
    const range = i % 50 === 25;
    return toPoint(
      SettlementObservation.parse({
        id: `s${i}`,
        series: 'bilateral-national',
        start: day,
        end: day,
        label: day,
        value,
        ...(range ? { qualifier: 'range', high: value + 2 } : {}),
        status: 'statement',
        sourceIds: ['src'],
      }),
      '2013-01',
      '2025-12',
    );
  });

describe('pointsToDraw', () => {
  it('draws the real statements as they are, at any usual width', () => {
    const { statements: real } = toSettlementRows(data, '2013-01', '2025-12');
    for (const plotPx of [240, 560, 1200]) expect(pointsToDraw(real, domain, plotPx)).toBe(real);
  });

  it('thins thousands of statements to about one per three pixels, keeping ranges and the callout', () => {
    const many = statements(4000);
    const callout = many[1234];
    const drawn = pointsToDraw(many, domain, 600, callout);
    const ranges = many.filter((p) => p.observation.qualifier === 'range');
    expect(drawn.length).toBeLessThan(200 + ranges.length + 10);
    for (const point of [...ranges, callout]) expect(drawn).toContain(point);
    expect(drawn[0]).toBe(many[0]);
    expect(drawn.at(-1)).toBe(many.at(-1));
  });
});

describe('pointsToLabel', () => {
  it('offers the latest, first, highest and lowest points, once each', () => {
    const many = statements(400);
    const labelled = pointsToLabel(many);
    const ys = many.map((p) => p.y);
    expect(labelled[0]).toBe(many.at(-1));
    expect(labelled[1]).toBe(many[0]);
    expect(labelled.map((p) => p.y)).toEqual(expect.arrayContaining([Math.max(...ys), Math.min(...ys)]));
    expect(new Set(labelled).size).toBe(labelled.length);
    expect(pointsToLabel([])).toEqual([]);
  });
});
