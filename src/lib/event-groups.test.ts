import { eventGroupName, eventGroupTitle, newestFirst } from '@/lib/event-groups';
import { testEvent } from '@/test/sanctions-event';

const march = testEvent('a', '2022-03-02');
const april = testEvent('b', '2022-04-20');
const alsoMarch = testEvent('c', '2022-03-15');

describe('event groups', () => {
  it('name how many events they hold and the months they span', () => {
    expect(eventGroupName([march, april, alsoMarch])).toBe('3 sanctions events, Mar–Apr 2022');
    expect(eventGroupName([march])).toBe('1 sanctions event, Mar 2022');
    expect(eventGroupName([])).toBe('0 sanctions events');
  });

  it('list the newest events first, and say how many more there are', () => {
    expect(newestFirst([march, april, alsoMarch]).map((e) => e.id)).toEqual(['b', 'c', 'a']);
    expect(eventGroupTitle([march, april, alsoMarch], 2).split('\n')).toEqual([
      '3 sanctions events, Mar–Apr 2022',
      '2022-04-20: Event b',
      '2022-03-15: Event c',
      '…and 1 more; the sanctions timeline lists them all.',
    ]);
    expect(eventGroupTitle([march], 2).split('\n')).toHaveLength(2);
  });
});
