import type { SettlementObservation } from '@/api/schemas';
import type { CsvTable } from '@/components/chart-frame/frame-tools';
import type { SettlementView } from '@/store/view-url';
import { seriesName } from '@/features/settlement-share/to-settlement-rows';

/** The observations a settlement view draws, as published, for CSV. */
export const settlementCsv = (
  rows: readonly SettlementObservation[],
  view: SettlementView,
  sourceText: (ids: readonly string[]) => string,
): CsvTable => ({
  name: view === 'bilateral' ? 'settlement-russia-china' : 'settlement-russia-all-trade',
  header: [
    'period',
    'start date',
    'end date',
    'series',
    'share (%)',
    'share high end (%)',
    'qualifier',
    'speaker',
    'speaker role',
    'status',
    'note',
    'sources',
  ],
  rows: rows.map((row) => [
    row.label,
    row.start,
    row.end,
    seriesName[row.series],
    row.value,
    row.high ?? null,
    row.qualifier,
    row.speaker ?? null,
    row.speakerRole ?? null,
    row.status,
    [row.derivation, row.note].filter(Boolean).join(' ') || null,
    sourceText(row.sourceIds),
  ]),
});
