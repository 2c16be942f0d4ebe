const steps = [1, 2, 2.5, 5, 10];

/** Round axis ticks from 0 to just above `max`: about five steps of 1, 2, 2.5 or 5 × 10ⁿ. */
export function evenTicks(max: number, count = 5): number[] {
  if (max <= 0) return [0];
  const magnitude = 10 ** Math.floor(Math.log10(max / count));
  const step = (steps.find((s) => s * magnitude * count >= max) ?? 10) * magnitude;
  const top = Math.ceil(max / step) * step;
  return Array.from({ length: Math.round(top / step) + 1 }, (_, i) => Number((i * step).toFixed(10)));
}
