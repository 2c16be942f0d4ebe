import { useId } from 'react';
import { eventKinds } from '@/api/vocabulary';
import { SeriesGlyph } from '@/components/chart-parts/series-legend';
import { actorLabel, kindStyle } from '@/lib/palette';
import { useResolvedTheme } from '@/lib/use-resolved-theme';
import { useLiveActors, useLiveKinds, useViewActions } from '@/store/view-store';
import { actorShortLabel } from '@/features/sanctions-timeline/event-text';
import { laneOrder } from '@/features/sanctions-timeline/to-timeline-rows';

/**
 * Toggles for the sanctions actors and kinds, bound to the view store (and so to the link). They
 * live in the frame's header, outside its body, so they stay usable when the filters leave nothing
 * to draw.
 */
export function SanctionsFilters() {
  const actors = useLiveActors();
  const kinds = useLiveKinds();
  const theme = useResolvedTheme();
  const { actorToggled, kindToggled, filtersReset } = useViewActions();
  const actorGroup = useId();
  const kindGroup = useId();

  return (
    <div className="sanctions-filters">
      <div className="sanctions-filters__group" role="group" aria-labelledby={actorGroup}>
        <span id={actorGroup} className="sanctions-filters__label">
          Actor
        </span>
        {laneOrder.map((actor) => (
          <button
            key={actor}
            type="button"
            className="sanctions-filters__toggle"
            aria-pressed={actors.includes(actor)}
            title={actorLabel[actor]}
            onClick={() => actorToggled(actor)}
          >
            {actorShortLabel[actor]}
          </button>
        ))}
      </div>
      <div className="sanctions-filters__group" role="group" aria-labelledby={kindGroup}>
        <span id={kindGroup} className="sanctions-filters__label">
          Kind
        </span>
        {eventKinds.map((kind) => (
          <button
            key={kind}
            type="button"
            className="sanctions-filters__toggle"
            data-legend-item
            aria-pressed={kinds.includes(kind)}
            onClick={() => kindToggled(kind)}
          >
            <SeriesGlyph color={kindStyle[kind].color[theme]} shape={kindStyle[kind].shape} />
            {kindStyle[kind].label}
          </button>
        ))}
      </div>
      <button type="button" className="button sanctions-filters__reset" onClick={filtersReset}>
        Reset filters
      </button>
    </div>
  );
}
