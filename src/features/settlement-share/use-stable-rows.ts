import { useMemo } from 'react';
import { sameItems, useStable } from '@/lib/use-stable';
import type {
  BreakdownRow,
  SettlementPoint,
  SettlementRows,
} from '@/features/settlement-share/to-settlement-rows';

/** Points drawn at the same place: the period moved without touching them. */
export const samePoints = (a: readonly SettlementPoint[], b: readonly SettlementPoint[]) =>
  sameItems(a, b, (p, q) => p.observation === q.observation && p.x === q.x && p.xSpan[0] === q.xSpan[0]);

/** Breakdowns of the same published rows. */
export const sameBreakdowns = (a: readonly BreakdownRow[], b: readonly BreakdownRow[]) =>
  sameItems(a, b, (p, q) => p.figures.usd === q.figures.usd && p.figures.cny === q.figures.cny);

/**
 * The settlement rows, each part kept from the last period while the new period leaves it as it
 * was: moving the period a step rebuilds every row, and a part that did not change (the three
 * real breakdowns, for most steps) then keeps its arrays, so its chart can skip redrawing.
 */
export function useStableRows(rows: SettlementRows): SettlementRows {
  const statements = useStable(rows.statements, samePoints);
  const breakdowns = useStable(rows.breakdowns, sameBreakdowns);
  const exports = useStable(rows.russia.exports, samePoints);
  const imports = useStable(rows.russia.imports, samePoints);
  return useMemo(
    () => ({ statements, breakdowns, russia: { exports, imports } }),
    [statements, breakdowns, exports, imports],
  );
}
