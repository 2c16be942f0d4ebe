/** A rectangle in chart pixels; `x`, `y` is its top-left corner. */
export type Box = { x: number; y: number; width: number; height: number };

/** One place a label could go, with the text it would show there. */
export type LabelSpot = { box: Box; text: string };

/** A label and the places it may take, most preferred first. */
export type LabelCandidate = { id: string; spots: readonly LabelSpot[] };

/** Height of a line of chart text at 12px, with a little air. */
export const LINE_HEIGHT = 14;

/**
 * Width of a chart text. An estimate (no DOM needed, so it also works in tests and exports):
 * Inter's tabular figures and most letters run close to 0.6em.
 */
export const textWidth = (text: string, fontSize = 12) => Math.ceil(text.length * fontSize * 0.6) + 2;

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const inside = (box: Box, bounds: Box) =>
  box.x >= bounds.x &&
  box.y >= bounds.y &&
  box.x + box.width <= bounds.x + bounds.width &&
  box.y + box.height <= bounds.y + bounds.height;

/**
 * Places labels greedily, in the order given: each takes its first spot that stays inside the
 * bounds and clears the obstacles and every label placed before it. A label with no such spot is
 * left out, so at narrow widths the chart shows fewer labels instead of overlapping ones.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  bounds: Box,
  obstacles: readonly Box[] = [],
): Map<string, LabelSpot> {
  const placed = new Map<string, LabelSpot>();
  const taken = [...obstacles];
  for (const candidate of candidates) {
    const spot = candidate.spots.find(
      ({ box }) => inside(box, bounds) && !taken.some((other) => overlaps(box, other)),
    );
    if (!spot) continue;
    placed.set(candidate.id, spot);
    taken.push(spot.box);
  }
  return placed;
}

/**
 * Spots around a point of radius `r`: above, below, right, left, then variants for points near
 * the plot's edges (shifted to end or start at the point, or raised beside it).
 */
export function spotsAround(cx: number, cy: number, text: string, r = 6): LabelSpot[] {
  const width = textWidth(text);
  const gap = 3;
  const above = cy - r - gap - LINE_HEIGHT;
  const below = cy + r + gap;
  const beside = cy - LINE_HEIGHT / 2;
  return [
    { x: cx - width / 2, y: above },
    { x: cx - width / 2, y: below },
    { x: cx + r + gap, y: beside },
    { x: cx - r - gap - width, y: beside },
    { x: cx + r - width, y: above },
    { x: cx + r - width, y: below },
    { x: cx - r, y: above },
    { x: cx - r, y: below },
    // Beside but raised, for points on the baseline.
    { x: cx + r + gap, y: cy - LINE_HEIGHT },
    { x: cx - r - gap - width, y: cy - LINE_HEIGHT },
  ].map(({ x, y }) => ({ box: { x, y, width, height: LINE_HEIGHT }, text }));
}

/** The box a point's marker covers, so labels keep off other points. */
export const pointBox = (cx: number, cy: number, r = 5): Box => ({
  x: cx - r,
  y: cy - r,
  width: 2 * r,
  height: 2 * r,
});
