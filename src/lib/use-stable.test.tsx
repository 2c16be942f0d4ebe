import { renderHook } from '@testing-library/react';
import { sameItems, useStable } from '@/lib/use-stable';

describe('sameItems', () => {
  it('compares lists item by item, in order', () => {
    const a = { id: 'a' };
    const b = { id: 'b' };
    expect(sameItems([a, b], [a, b])).toBe(true);
    expect(sameItems([a, b], [b, a])).toBe(false);
    expect(sameItems([a], [a, b])).toBe(false);
    expect(sameItems([{ id: 'a' }], [{ id: 'a' }])).toBe(false);
    expect(sameItems([{ id: 'a' }], [{ id: 'a' }], (x, y) => x.id === y.id)).toBe(true);
  });
});

describe('useStable', () => {
  const byItems = (x: readonly string[], y: readonly string[]) => sameItems(x, y);

  it('keeps the first value while new ones are the same', () => {
    const first = ['a', 'b'];
    const { result, rerender } = renderHook(({ value }) => useStable(value, byItems), {
      initialProps: { value: first },
    });
    rerender({ value: ['a', 'b'] });
    expect(result.current).toBe(first);
  });

  it('takes a value that differs, and keeps that one after', () => {
    const changed = ['a', 'c'];
    const { result, rerender } = renderHook(({ value }) => useStable(value, byItems), {
      initialProps: { value: ['a', 'b'] },
    });
    rerender({ value: changed });
    expect(result.current).toBe(changed);
    rerender({ value: ['a', 'c'] });
    expect(result.current).toBe(changed);
  });
});
