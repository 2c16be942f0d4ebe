import { parsePosition, slideIds, useBriefingStore, writePosition } from '@/features/briefing/briefing-store';

const actions = () => useBriefingStore.getState().actions;
const at = () => {
  const { slide, step } = useBriefingStore.getState();
  return [slide, step];
};

describe('briefing position in the URL', () => {
  it('reads present, presenter, slide and step (1-based), falling back on bad values', () => {
    expect(parsePosition('?present&slide=3&step=2')).toEqual({
      present: true,
      presenter: false,
      slide: 2,
      step: 1,
    });
    expect(parsePosition('?present&presenter&slide=1').presenter).toBe(true);
    expect(parsePosition('?presenter&slide=2').presenter).toBe(false);
    for (const bad of ['?present&slide=999', '?present&slide=abc', '?present&slide=-1', '?present&slide=0']) {
      expect(parsePosition(bad).slide).toBe(0);
    }
    expect(parsePosition('?from=2022-01').present).toBe(false);
  });

  it('writes its own parameters and keeps every other one', () => {
    const search = writePosition(
      { present: true, presenter: false, slide: 3, step: 2 },
      '?from=2022-01&slide=9',
    );
    expect(search).toBe('?from=2022-01&present&slide=4&step=3');
    expect(writePosition({ present: false, presenter: false, slide: 3, step: 0 }, search)).toBe(
      '?from=2022-01',
    );
  });
});

describe('stepping through the briefing', () => {
  beforeEach(() => {
    actions().entered();
    actions().stepsKnown([1, 3, 2, 1, 1, 1]);
  });

  it('goes through every build before the next slide, and back shows the previous slide whole', () => {
    actions().next();
    expect(at()).toEqual([1, 0]);
    actions().next();
    actions().next();
    expect(at()).toEqual([1, 2]);
    actions().next();
    expect(at()).toEqual([2, 0]);
    actions().previous();
    expect(at()).toEqual([1, 2]);
  });

  it('stops at both ends and jumps with Home, End and a slide number', () => {
    actions().previous();
    expect(at()).toEqual([0, 0]);
    actions().last();
    expect(at()).toEqual([slideIds.length - 1, 0]);
    actions().next();
    expect(at()).toEqual([slideIds.length - 1, 0]);
    actions().slideChosen(2);
    expect(at()).toEqual([2, 0]);
    actions().first();
    expect(at()).toEqual([0, 0]);
  });

  it('clamps a step from a link once the builds are known', () => {
    actions().followed({ slide: 1, step: 40 });
    expect(at()).toEqual([1, 2]);
  });
});
