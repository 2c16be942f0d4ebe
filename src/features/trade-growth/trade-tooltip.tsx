import type { ChangeFigure, Figure } from '@/api/schemas';
import { publishersOf, usePublisher } from '@/api/use-publisher';
import { formatChange, formatUsdBillions, statusLabel } from '@/lib/format';
import { changesOf, figuresOf, type FigureKey } from '@/features/trade-growth/to-annual-rows';

export const seriesNames = {
  total: 'Total trade',
  exports: 'China’s exports to Russia',
  imports: 'China’s imports from Russia',
  unsplit: 'Total (no published split)',
} as const;

type TradeFigures = Record<FigureKey, Figure | null> & Record<`${FigureKey}ChangePct`, ChangeFigure | null>;

const basisNote = (change: ChangeFigure) => (change.basis === 'CNY' ? ' in yuan terms' : '');

/** Exact values, year-on-year changes, status and sources of one year or month. */
export function TradeTooltip({ title, row }: { title: string; row: TradeFigures }) {
  const publisher = usePublisher();
  const figures = figuresOf(row);
  const changes = changesOf(row);
  const sourceIds = [
    ...new Set([...figures, ...changes].flatMap((f) => ('figure' in f ? f.figure : f.change).sourceIds)),
  ];
  const notes = [...figures.map((f) => f.figure), ...changes.map((c) => c.change)].flatMap((f) =>
    [f.derivation, f.note].filter((text): text is string => Boolean(text)),
  );

  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{title}</p>
      <dl>
        {figures.map(({ key, figure }) => (
          <div key={key}>
            <dt>{seriesNames[key]}</dt>
            <dd className="tabular">
              {formatUsdBillions(figure.value, figure.qualifier)}
              <span className="chart-tooltip__status"> · {statusLabel[figure.status]}</span>
            </dd>
          </div>
        ))}
        {changes.map(({ key, change }) => (
          <div key={`${key}-change`}>
            <dt>
              {seriesNames[key]}, change on a year earlier{basisNote(change)}
            </dt>
            <dd className="tabular">
              {formatChange(change.value, change.qualifier)}
              <span className="chart-tooltip__status"> · {statusLabel[change.status]}</span>
            </dd>
          </div>
        ))}
      </dl>
      {notes.length > 0 && <p className="chart-tooltip__note">{[...new Set(notes)].join(' ')}</p>}
      <p className="chart-tooltip__source">Source: {publishersOf(sourceIds, publisher)}</p>
    </div>
  );
}
