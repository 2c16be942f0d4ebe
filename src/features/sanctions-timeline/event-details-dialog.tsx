import { useEffect, useId, useRef } from 'react';
import type { SanctionsEvent } from '@/api/schemas';
import { SeriesGlyph } from '@/components/chart-parts/series-legend';
import { statusLabel } from '@/lib/format';
import { kindStyle } from '@/lib/palette';
import { useResolvedTheme } from '@/lib/use-resolved-theme';
import { EventSources } from '@/features/sanctions-timeline/event-sources';
import { actorsText, eventDateText, precisionNote } from '@/features/sanctions-timeline/event-text';

/**
 * An event's details in a native modal dialog: it traps focus and closes on Escape by itself.
 * Focus goes back to the element that opened it, which browsers do not all do for SVG elements.
 */
export function EventDetailsDialog({ event, onClose }: { event: SanctionsEvent; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const titleId = useId();
  const theme = useResolvedTheme();
  const vagueDate = precisionNote(event);

  useEffect(() => {
    const element = dialog.current;
    // Guarded because development mode runs effects twice, and the dialog is then already open.
    if (!element || element.open) return;
    opener.current = document.activeElement;
    element.showModal();
  }, []);

  const closed = () => {
    onClose();
    const target = opener.current;
    if ((target instanceof HTMLElement || target instanceof SVGElement) && target.isConnected) target.focus();
  };

  return (
    <dialog ref={dialog} className="dialog event-details" aria-labelledby={titleId} onClose={closed}>
      <header className="dialog__header">
        <h2 id={titleId}>{event.title}</h2>
        <button type="button" className="button" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </header>
      <dl className="event-details__facts">
        <div>
          <dt>Date</dt>
          <dd>
            {eventDateText(event)}
            {vagueDate && <span className="event-details__caveat"> {vagueDate}</span>}
          </dd>
        </div>
        <div>
          <dt>{event.actors.length > 1 ? 'Actors' : 'Actor'}</dt>
          <dd>{actorsText(event.actors)}</dd>
        </div>
        <div>
          <dt>{event.kinds.length > 1 ? 'Kinds' : 'Kind'}</dt>
          <dd className="sanctions-timeline__kinds">
            {event.kinds.map((kind) => (
              <span key={kind}>
                <SeriesGlyph color={kindStyle[kind].color[theme]} shape={kindStyle[kind].shape} />{' '}
                {kindStyle[kind].label}
              </span>
            ))}
          </dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>
            {statusLabel[event.status]}
            {event.note && <span className="event-details__caveat"> {event.note}</span>}
            {event.derivation && <span className="event-details__caveat"> Derived: {event.derivation}</span>}
          </dd>
        </div>
      </dl>
      <p className="event-details__summary">{event.summary}</p>
      <h3 className="event-details__sources-title">Sources</h3>
      <EventSources sourceIds={event.sourceIds} />
    </dialog>
  );
}
