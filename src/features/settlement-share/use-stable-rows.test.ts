import settlementJson from '@mock-data/settlement.json';
import { MockFiles } from '@/api/schemas';
import { toSettlementRows } from '@/features/settlement-share/to-settlement-rows';
import { sameBreakdowns, samePoints } from '@/features/settlement-share/use-stable-rows';

const data = MockFiles['settlement.json'].parse(settlementJson);

describe('stable settlement rows', () => {
  it('count a period step that leaves the points where they were as the same', () => {
    const before = toSettlementRows(data, '2015-01', '2025-12');
    const after = toSettlementRows(data, '2016-06', '2025-12');
    expect(after.statements).not.toBe(before.statements);
    expect(samePoints(before.statements, after.statements)).toBe(true);
    expect(sameBreakdowns(before.breakdowns, after.breakdowns)).toBe(true);
  });

  it('see a point that left the period, or moved because its span was cut', () => {
    const all = toSettlementRows(data, '2013-01', '2025-12');
    // The 2013–14 statement ("2–3%") spans both years; from 2014 on only its 2014 part is drawn.
    const cut = toSettlementRows(data, '2014-01', '2025-12');
    expect(samePoints(all.statements, cut.statements)).toBe(false);
    const later = toSettlementRows(data, '2018-01', '2025-12');
    expect(sameBreakdowns(all.breakdowns, later.breakdowns)).toBe(false);
  });
});
