import type { ReactNode } from 'react';
import type { SanctionsEvent } from '@/api/schemas';
import { SeriesGlyph } from '@/components/chart-parts/series-legend';
import { eventGroupName, newestFirst } from '@/lib/event-groups';
import { statusLabel } from '@/lib/format';
import { actorLabel, kindStyle } from '@/lib/palette';
import { useResolvedTheme } from '@/lib/use-resolved-theme';
import { actorsText, eventDateText } from '@/features/sanctions-timeline/event-text';
import type { TimelineBin } from '@/features/sanctions-timeline/to-timeline-rows';

/** Gap between the pointed glyph and the tooltip's corner, in pixels. */
const OFFSET = 14;

/**
 * The tooltip of the event pointed at or focused, placed beside its glyph and flipped toward the
 * chart's middle so it never runs off the edge. Drawn here rather than by Recharts' Tooltip, which
 * follows the mouse only; this one also follows keyboard focus.
 */
type Place = { cx: number; cy: number; width: number; height: number };

function TooltipBox({ cx, cy, width, height, children }: Place & { children: ReactNode }) {
  const dx = cx > width / 2 ? `calc(-100% - ${OFFSET}px)` : `${OFFSET}px`;
  const dy = cy > height / 2 ? `calc(-100% - ${OFFSET}px)` : `${OFFSET}px`;
  return (
    // Hidden from screen readers: the focused glyph's name already says all of this.
    <div
      className="chart-tooltip sanctions-timeline__tooltip"
      style={{ left: cx, top: cy, transform: `translate(${dx}, ${dy})` }}
      aria-hidden="true"
    >
      {children}
    </div>
  );
}

export function EventTooltip({ event, ...place }: Place & { event: SanctionsEvent }) {
  const theme = useResolvedTheme();
  return (
    <TooltipBox {...place}>
      <p className="chart-tooltip__title">{eventDateText(event)}</p>
      <p>{event.title}</p>
      <dl>
        <div>
          <dt>{event.actors.length > 1 ? 'Actors' : 'Actor'}</dt>
          <dd>{actorsText(event.actors)}</dd>
        </div>
        <div>
          <dt>{event.kinds.length > 1 ? 'Kinds' : 'Kind'}</dt>
          <dd className="sanctions-timeline__kinds">
            {event.kinds.map((kind) => (
              <span key={kind}>
                <SeriesGlyph color={kindStyle[kind].color[theme]} shape={kindStyle[kind].shape} size={10} />{' '}
                {kindStyle[kind].label}
              </span>
            ))}
          </dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>{statusLabel[event.status]}</dd>
        </div>
      </dl>
      <p className="chart-tooltip__source">Click or press Enter for details and sources.</p>
    </TooltipBox>
  );
}

/** Events a bin's tooltip names, newest first. */
const LISTED = 5;

/** A bin's tooltip: how many events, when, in which lane, and the newest few. */
export function BinTooltip({ bin, ...place }: Place & { bin: TimelineBin }) {
  const rest = bin.events.length - LISTED;
  return (
    <TooltipBox {...place}>
      <p className="chart-tooltip__title">{eventGroupName(bin.events)}</p>
      <p>{actorLabel[bin.lane]}</p>
      <ul className="sanctions-timeline__newest">
        {newestFirst(bin.events)
          .slice(0, LISTED)
          .map((event) => (
            <li key={event.id}>
              {eventDateText(event)}: {event.title}
            </li>
          ))}
      </ul>
      <p className="chart-tooltip__source">
        {rest > 0 && `…and ${rest} more. `}Click or press Enter to list them all.
      </p>
    </TooltipBox>
  );
}
