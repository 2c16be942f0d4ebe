import { Actor, type SanctionsEvent } from '@/api/schemas';
import { dayTime, periodDomain } from '@/lib/time';
import {
  isBin,
  isMeasure,
  laneOrder,
  MAX_LOOSE,
  MAX_PILE,
  needsBins,
  shownKind,
  timelineFinding,
  toPressureSeries,
  toTimelineMarks,
  toTimelinePoints,
  visibleEvents,
  type TimelineBin,
} from '@/features/sanctions-timeline/to-timeline-rows';
import sanctionsJson from '@mock-data/sanctions.json';
import { MockFiles } from '@/api/schemas';
import { eventDateText, precisionNote } from '@/features/sanctions-timeline/event-text';

const event = (overrides: Partial<SanctionsEvent> & Pick<SanctionsEvent, 'id' | 'date'>): SanctionsEvent => ({
  datePrecision: 'day',
  dateLabel: overrides.date,
  actors: ['US'],
  kinds: ['financial'],
  title: `Event ${overrides.id}`,
  summary: 'Summary.',
  major: false,
  status: 'reported',
  sourceIds: ['a-source'],
  ...overrides,
});

const joint = event({
  id: 'joint',
  date: '2022-02-26',
  actors: ['UK-G7', 'EU'],
  kinds: ['designation', 'trade'],
});
const bank = event({
  id: 'bank',
  date: '2024-02-07',
  actors: ['market'],
  kinds: ['market-response', 'financial'],
});
const summit = event({ id: 'summit', date: '2023-09-13', actors: ['context'], kinds: ['context'] });
const early = event({ id: 'early', date: '2014-03-17' });
const late = event({ id: 'late', date: '2025-10-22', actors: ['EU'], kinds: ['trade'] });

describe('isMeasure', () => {
  it('counts sanctioning actors’ measures, not market responses or context', () => {
    expect([joint, bank, summit, early, late].filter(isMeasure).map((e) => e.id)).toEqual([
      'joint',
      'early',
      'late',
    ]);
  });
});

describe('toTimelinePoints', () => {
  it('puts an event in each of its actors’ lanes, lanes in the fixed order', () => {
    const points = toTimelinePoints([late, joint, summit]);
    expect(points.map((p) => [p.key, p.lane, p.y, p.primary])).toEqual([
      ['joint:EU', 'EU', 1, true],
      ['joint:UK-G7', 'UK-G7', 2, false],
      ['summit:context', 'context', 4, true],
      ['late:EU', 'EU', 1, true],
    ]);
    expect(points[0]?.x).toBe(dayTime('2022-02-26'));
  });

  it('lays lanes out for the actors shown only', () => {
    const points = toTimelinePoints([joint], { lanes: ['EU', 'context'] });
    expect(points.map((p) => [p.lane, p.y])).toEqual([['EU', 0]]);
  });

  it('colours by the first kind that the kind filter shows', () => {
    expect(toTimelinePoints([joint])[0]?.kind).toBe('designation');
    expect(toTimelinePoints([joint], { kinds: ['trade'] })[0]?.kind).toBe('trade');
    expect(shownKind(bank, ['financial'])).toBe('financial');
  });

  it('nudges events that would overlap in a lane, and leaves distant ones on the line', () => {
    const close = ['2022-02-21', '2022-02-24', '2022-02-25'].map((date, i) => event({ id: `e${i}`, date }));
    const week = 7 * 24 * 3600 * 1000;
    expect(toTimelinePoints(close, { minGapMs: week }).map((p) => p.y)).toEqual([0, -0.22, 0.22]);
    expect(toTimelinePoints(close, { minGapMs: 0 }).map((p) => p.y)).toEqual([0, 0, 0]);
  });

  it('has a lane for every actor', () => {
    expect([...laneOrder].sort()).toEqual([...Actor.options].sort());
  });
});

describe('toTimelineMarks', () => {
  const domain = periodDomain('2022-01', '2022-12');
  const day = 24 * 3600 * 1000;
  // A bin covers ten days here; a glyph, two.
  const binning = { domain, binMs: 10 * day, maxLoose: MAX_LOOSE };
  const burst = (count: number, from = 3, actors: SanctionsEvent['actors'] = ['US']) =>
    Array.from({ length: count }, (_, i) =>
      event({ id: `b${from + i}`, date: `2022-03-${String(from + i).padStart(2, '0')}`, actors }),
    );

  it('bins a stretch of a lane holding more events than sit side by side', () => {
    const marks = toTimelineMarks([...burst(MAX_LOOSE + 1), late], { minGapMs: 2 * day, binning });
    expect(marks).toHaveLength(2);
    const [bin, point] = marks;
    expect(bin && isBin(bin)).toBe(true);
    expect((bin as TimelineBin).events.map((e) => e.id)).toEqual(['b3', 'b4', 'b5']);
    expect(bin).toMatchObject({ lane: 'US', kind: 'financial', primary: true, y: 0 });
    expect(point && isBin(point)).toBe(false);
  });

  it('puts a bin in the middle of its stretch, inside the axis', () => {
    const [bin] = toTimelineMarks(burst(MAX_LOOSE + 1), { binning });
    // 3–5 Mar 2022 fall in the seventh ten-day stretch of the year, 2–12 Mar.
    expect(bin?.x).toBe(domain[0] + 6.5 * 10 * day);
    // The last stretch of a year of 40-day stretches would end past the axis: its bin is pulled in.
    const december = ['2022-12-27', '2022-12-28', '2022-12-29'].map((date, i) =>
      event({ id: `d${i}`, date }),
    );
    expect(
      toTimelineMarks(december, { binning: { domain, binMs: 40 * day, maxLoose: MAX_LOOSE } })[0]?.x,
    ).toBe(domain[1] - 20 * day);
    const wide = toTimelineMarks(burst(MAX_LOOSE + 1), {
      binning: { domain, binMs: 800 * day, maxLoose: MAX_LOOSE },
    });
    expect(wide[0]?.x).toBe((domain[0] + domain[1]) / 2);
  });

  it('keeps sparser stretches as points, exactly as without binning', () => {
    const few = burst(MAX_LOOSE);
    expect(toTimelineMarks(few, { minGapMs: 2 * day, binning })).toEqual(
      toTimelinePoints(few, { minGapMs: 2 * day }),
    );
  });

  it('bins each lane apart, and reaches a bin by keyboard only if it holds an event’s top lane', () => {
    const joint = burst(MAX_LOOSE + 1, 3, ['EU', 'UK-G7']);
    const bins = toTimelineMarks(joint, { binning }).filter(isBin);
    expect(bins.map((b) => [b.lane, b.events.length, b.primary])).toEqual([
      ['EU', 3, true],
      ['UK-G7', 3, false],
    ]);
  });

  it('marks a bin of several kinds as mixed', () => {
    const mixed = [...burst(MAX_LOOSE), event({ id: 'x', date: '2022-03-09', kinds: ['trade'] })];
    expect(toTimelineMarks(mixed, { binning }).filter(isBin)[0]?.kind).toBeNull();
  });

  it('bins only piles of more than MAX_PILE when the lanes are not full: none of the real events', () => {
    const real = MockFiles['sanctions.json'].parse(sanctionsJson);
    const all = periodDomain('2013-01', '2025-12');
    for (const plotPx of [120, 240, 600, 1200]) {
      const binning = { domain: all, binMs: ((all[1] - all[0]) / plotPx) * 24, maxLoose: MAX_PILE };
      expect(toTimelineMarks(real, { binning }).filter(isBin)).toEqual([]);
    }
    const pile = burst(MAX_PILE + 1, 1);
    expect(
      toTimelineMarks(pile, { binning: { ...binning, binMs: 40 * day, maxLoose: MAX_PILE } }),
    ).toHaveLength(1);
  });

  it('calls the lanes full when they cannot hold the glyphs side by side: never the real events', () => {
    const real = MockFiles['sanctions.json'].parse(sanctionsJson);
    for (const plotPx of [200, 600, 1200]) expect(needsBins(real, laneOrder, plotPx, 12)).toBe(false);
    const hundredfold = Array.from({ length: 100 }, () => real).flat();
    expect(needsBins(hundredfold, laneOrder, 1200, 12)).toBe(true);
    expect(needsBins(burst(20), ['US', 'EU'], 100, 12)).toBe(true);
    expect(needsBins(burst(20), ['EU'], 100, 12)).toBe(false);
  });
});

describe('toPressureSeries', () => {
  it('steps up at each measure’s date, from zero at the start to the total at the end', () => {
    const domain = periodDomain('2013-01', '2025-12');
    expect(toPressureSeries([early, joint, summit, bank, late], domain)).toEqual([
      { x: domain[0], measures: 0 },
      { x: dayTime('2014-03-17'), measures: 1 },
      { x: dayTime('2022-02-26'), measures: 2 },
      { x: dayTime('2023-09-13'), measures: 2 },
      { x: dayTime('2024-02-07'), measures: 2 },
      { x: dayTime('2025-10-22'), measures: 3 },
      { x: domain[1], measures: 3 },
    ]);
  });

  it('counts events on the same day once per event, with one point for the day', () => {
    const sameDay = [
      event({ id: 'a', date: '2024-02-23' }),
      event({ id: 'b', date: '2024-02-23', actors: ['EU'] }),
    ];
    const series = toPressureSeries(sameDay, periodDomain('2024-01', '2024-12'));
    expect(series.map((p) => p.measures)).toEqual([0, 2, 2]);
  });

  it('counts thousands of events in one pass, the same as counting each date afresh', () => {
    const many = Array.from({ length: 3000 }, (_, i) =>
      event({
        id: `m${i}`,
        date: new Date(Date.UTC(2014, 0, 1 + ((i * 37) % 4000))).toISOString().slice(0, 10),
        actors: i % 3 === 0 ? ['market'] : ['US'],
      }),
    );
    const domain = periodDomain('2013-01', '2025-12');
    const series = toPressureSeries(many, domain);
    const measureDates = many.filter(isMeasure).map((e) => e.date);
    for (const point of series.slice(1, -1)) {
      const date = new Date(point.x).toISOString().slice(0, 10);
      expect(point.measures).toBe(measureDates.filter((d) => d <= date).length);
    }
    expect(series.at(-1)?.measures).toBe(measureDates.length);
  });
});

describe('visibleEvents', () => {
  it('keeps events with a shown actor and a shown kind, in date order', () => {
    expect(visibleEvents([late, joint, bank], ['EU'], ['trade', 'financial']).map((e) => e.id)).toEqual([
      'joint',
      'late',
    ]);
  });

  it('shows nothing when every actor or every kind is switched off', () => {
    expect(visibleEvents([late, joint], [], ['trade'])).toEqual([]);
    expect(visibleEvents([late, joint], ['EU'], [])).toEqual([]);
  });
});

describe('timelineFinding', () => {
  it('counts the measures since 2022', () => {
    expect(timelineFinding([early, joint, bank, summit, late])).toBe(
      'Sanctions pressure kept rising: 2 measures since 2022',
    );
  });

  it('counts from the period’s start when it is after 2022', () => {
    expect(timelineFinding([late], '2023-06')).toBe('1 sanctions measure since Jun 2023');
    expect(timelineFinding([late], '2024-01')).toBe('1 sanctions measure since 2024');
  });

  it('says so when nothing since 2022 is a measure', () => {
    expect(timelineFinding([early, bank])).toBe('1 sanctions measure in this selection, none since 2022');
    expect(timelineFinding([bank, summit])).toBe('No sanctions measures in this selection');
  });
});

describe('event text', () => {
  it('spells out ISO days in the source’s date label and flags vague dates', () => {
    const inForce = event({ id: 'f', date: '2014-07-31', dateLabel: '2014-07-31 (in force 2014-08-01)' });
    expect(eventDateText(inForce)).toBe('31 Jul 2014 (in force 1 Aug 2014)');
    expect(precisionNote(inForce)).toBeUndefined();
    const season = event({ id: 's', date: '2024-06-01', datePrecision: 'season', dateLabel: 'Summer 2024' });
    expect(eventDateText(season)).toBe('Summer 2024');
    expect(precisionNote(season)).toBe('Known only to the season; drawn at 1 Jun 2024.');
  });
});
