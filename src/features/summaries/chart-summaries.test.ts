import annualJson from '@mock-data/annual-trade.json';
import periodJson from '@mock-data/period-trade.json';
import sanctionsJson from '@mock-data/sanctions.json';
import settlementJson from '@mock-data/settlement.json';
import { MockFiles } from '@/api/schemas';
import {
  annualSummary,
  monthlySummary,
  sanctionsSummary,
  settlementSummary,
} from '@/features/summaries/chart-summaries';

const annual = MockFiles['annual-trade.json'].parse(annualJson);
const period = MockFiles['period-trade.json'].parse(periodJson);
const settlement = MockFiles['settlement.json'].parse(settlementJson);
const sanctions = MockFiles['sanctions.json'].parse(sanctionsJson);

describe('one-sentence chart summaries', () => {
  it('say what the annual chart draws, from its rows', () => {
    expect(annualSummary(annual, '2013-01', '2025-12')).toContain(
      '2013–2025: $89.2B in 2013, a peak of $244.8B in 2024, and $228.1B in 2025',
    );
    expect(annualSummary(annual, '2022-01', '2023-12')).toContain('a peak of $240.1B in 2023');
    expect(annualSummary(annual, '2030-01', '2030-12')).toContain('no year falls');
  });

  it('count the monthly figures and name the gaps', () => {
    expect(monthlySummary(period, '2013-01', '2025-12', false)).toMatch(
      /^Chart of monthly China–Russia goods trade: \d+ months/,
    );
    expect(monthlySummary(period, '2013-01', '2015-12', true)).toContain('no month');
  });

  it('count the settlement points and breakdowns, and the sanctions events and measures', () => {
    expect(settlementSummary(settlement, '2013-01', '2025-12', 'bilateral')).toMatch(
      /Chart of 1\d published shares .* and 3 published breakdowns/,
    );
    expect(settlementSummary(settlement, '2013-01', '2025-12', 'russia')).toContain('Bank of Russia');
    expect(sanctionsSummary(sanctions)).toBe(
      'Timeline of 38 sanctions events in lanes by actor, shaped and coloured by kind, with a line counting 32 measures by the US, the EU and the UK/G7.',
    );
  });
});
