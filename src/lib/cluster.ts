/** Items close together on one axis, drawn as one mark. */
export type Cluster<T> = {
  /** The items, in the order of their positions. */
  items: T[];
  /** Their mean position. */
  at: number;
};

/**
 * Groups items by their position on an axis (in pixels): a group takes every item within `windowPx`
 * of its first one, then neighbouring groups whose centres ended up closer than `minGapPx` merge,
 * so no two marks drawn at the centres overlap. A lone item is a group of one.
 */
export function clusterByPosition<T>(
  items: readonly T[],
  position: (item: T) => number,
  windowPx: number,
  minGapPx = windowPx / 2,
): Cluster<T>[] {
  const sorted = items.map((item) => ({ item, at: position(item) })).sort((a, b) => a.at - b.at);
  const groups: { items: T[]; sum: number; start: number }[] = [];
  const centre = (group: { items: T[]; sum: number }) => group.sum / group.items.length;
  for (const { item, at } of sorted) {
    const open = groups.at(-1);
    if (open && at - open.start < windowPx) {
      open.items.push(item);
      open.sum += at;
      continue;
    }
    groups.push({ items: [item], sum: at, start: at });
    // Merge backwards while the newest group sits too close to the one before it.
    for (;;) {
      const last = groups.at(-1);
      const before = groups.at(-2);
      if (!last || !before || centre(last) - centre(before) >= minGapPx) break;
      groups.pop();
      before.items.push(...last.items);
      before.sum += last.sum;
    }
  }
  return groups.map((group) => ({ items: group.items, at: centre(group) }));
}
