import { useEffect, useId, useRef } from 'react';
import { SeriesGlyph } from '@/components/chart-parts/series-legend';
import { eventGroupName } from '@/lib/event-groups';
import { actorLabel, kindStyle } from '@/lib/palette';
import { useResolvedTheme } from '@/lib/use-resolved-theme';
import { eventDateText } from '@/features/sanctions-timeline/event-text';
import type { TimelineBin } from '@/features/sanctions-timeline/to-timeline-rows';

/**
 * The events of a bin, in date order, in a native modal dialog: each opens its details above the
 * list, and focus comes back to it when they close. Focus goes back to the bin when the list
 * closes, as for an event's details.
 */
export function EventListDialog({
  bin,
  onOpenEvent,
  onClose,
}: {
  bin: TimelineBin;
  onOpenEvent: (eventId: string) => void;
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const titleId = useId();
  const theme = useResolvedTheme();

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
    <dialog ref={dialog} className="dialog event-list" aria-labelledby={titleId} onClose={closed}>
      <header className="dialog__header">
        <h2 id={titleId}>
          {eventGroupName(bin.events)} · {actorLabel[bin.lane]}
        </h2>
        <button type="button" className="button" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </header>
      <ul className="event-list__items">
        {bin.events.map((event) => (
          <li key={event.id}>
            <button
              type="button"
              className="event-list__item"
              aria-haspopup="dialog"
              onClick={() => onOpenEvent(event.id)}
            >
              {event.kinds.map((kind) => (
                <SeriesGlyph key={kind} color={kindStyle[kind].color[theme]} shape={kindStyle[kind].shape} />
              ))}
              <span className="event-list__date">{eventDateText(event)}</span>
              <span>{event.title}</span>
            </button>
          </li>
        ))}
      </ul>
    </dialog>
  );
}
