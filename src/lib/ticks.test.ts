import { evenTicks } from '@/lib/ticks';

describe('evenTicks', () => {
  it('picks round steps that reach just past the maximum', () => {
    expect(evenTicks(244.81)).toEqual([0, 50, 100, 150, 200, 250]);
    expect(evenTicks(99.1)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(evenTicks(21.9)).toEqual([0, 5, 10, 15, 20, 25]);
    expect(evenTicks(0)).toEqual([0]);
  });
});
