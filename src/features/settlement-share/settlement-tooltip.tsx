import type { SettlementObservation } from '@/api/schemas';
import { SeriesGlyph } from '@/components/chart-parts/series-legend';
import { formatShare, statusLabel } from '@/lib/format';
import type { Shape } from '@/lib/palette';
import { publishersOf, usePublisher } from '@/api/use-publisher';
import { seriesName } from '@/features/settlement-share/to-settlement-rows';

/** How a series is drawn, so the tooltip repeats the point's glyph. */
export type SeriesLook = { color: string; shape: Shape };

const speakerOf = ({ speaker, speakerRole }: SettlementObservation) =>
  speaker && (speakerRole ? `${speaker}, ${speakerRole}` : speaker);

/** One published share: period, value as published, who said it, how firm it is, and where from. */
export function ObservationTooltip({
  observation,
  look,
}: {
  observation: SettlementObservation;
  look: SeriesLook;
}) {
  const publisher = usePublisher();
  const speaker = speakerOf(observation);
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{observation.label}</p>
      <dl>
        <div>
          <dt>{seriesName[observation.series]}</dt>
          <dd className="tabular">
            <SeriesGlyph color={look.color} shape={look.shape} />{' '}
            {formatShare(observation.value, observation.qualifier, observation.high)}
            <span className="chart-tooltip__status"> · {statusLabel[observation.status]}</span>
          </dd>
        </div>
        {speaker && (
          <div>
            <dt>Said by</dt>
            <dd>{speaker}</dd>
          </div>
        )}
      </dl>
      {observation.derivation && <p className="chart-tooltip__status">Derived: {observation.derivation}</p>}
      {observation.note && <p className="chart-tooltip__status">{observation.note}</p>}
      <p className="chart-tooltip__source">Source: {publishersOf(observation.sourceIds, publisher)}</p>
    </div>
  );
}

/** A breakdown column: every currency's share as published, top segment first. */
export function BreakdownTooltip({
  label,
  figures,
}: {
  label: string;
  figures: readonly { observation: SettlementObservation; look: SeriesLook; name: string }[];
}) {
  const publisher = usePublisher();
  const sourceIds = figures.flatMap(({ observation }) => observation.sourceIds);
  const notes = figures.flatMap(({ observation, name }) =>
    observation.derivation ? [`${name} derived: ${observation.derivation}`] : [],
  );
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{label}</p>
      <dl>
        {figures.map(({ observation, look, name }) => (
          <div key={observation.id}>
            <dt>{name}</dt>
            <dd className="tabular">
              <SeriesGlyph color={look.color} shape={look.shape} />{' '}
              {formatShare(observation.value, observation.qualifier, observation.high)}
              <span className="chart-tooltip__status"> · {statusLabel[observation.status]}</span>
            </dd>
          </div>
        ))}
      </dl>
      {notes.map((note) => (
        <p key={note} className="chart-tooltip__status">
          {note}
        </p>
      ))}
      <p className="chart-tooltip__source">Source: {publishersOf(sourceIds, publisher)}</p>
    </div>
  );
}
