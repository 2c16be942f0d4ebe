import { useState } from 'react';

/**
 * The value from an earlier render while `same` says nothing changed, so memoised children and
 * Recharts (which re-registers a series whose data array is new) can skip their work. `next` must
 * itself be memoised: a new value that is not `same` is kept, and the render repeats with it.
 */
export function useStable<T>(next: T, same: (kept: T, next: T) => boolean): T {
  const [kept, setKept] = useState(next);
  const unchanged = kept === next || same(kept, next);
  // Storing the latest value during render is React's pattern for "adjust state when a prop changes".
  if (!unchanged) setKept(next);
  return unchanged ? kept : next;
}

/** True when two lists hold equal items in the same order. */
export function sameItems<T>(
  a: readonly T[],
  b: readonly T[],
  equal: (x: T, y: T) => boolean = Object.is,
): boolean {
  return a.length === b.length && a.every((item, i) => equal(item, b[i] as T));
}
