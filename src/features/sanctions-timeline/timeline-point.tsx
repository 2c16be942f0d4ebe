import type { KeyboardEvent } from 'react';
import { Symbols } from 'recharts';
import { chartInk, kindStyle, type ResolvedTheme } from '@/lib/palette';
import { useHoveredEventId } from '@/store/view-store';
import { actorsText, eventDateText, kindsText } from '@/features/sanctions-timeline/event-text';
import type { TimelinePoint } from '@/features/sanctions-timeline/to-timeline-rows';

/** The point the reader points at or has focused, and where it is drawn, for the tooltip. */
export type Pointed = { point: TimelinePoint; cx: number; cy: number };

type TimelinePointProps = {
  point: TimelinePoint;
  cx: number;
  cy: number;
  theme: ResolvedTheme;
  onPoint: (pointed: Pointed | null) => void;
  onOpen: (eventId: string) => void;
};

/** What a screen reader announces for an event's point. */
export const pointLabel = ({ event }: TimelinePoint) =>
  `${eventDateText(event)}: ${event.title}. ${actorsText(event.actors)}; ${kindsText(event.kinds)}.`;

/**
 * One event's glyph in one lane, drawn as Recharts' Scatter shape. Recharts points are not
 * focusable, so the glyph is its own button: the event's first point is in the tab order (date
 * order, as the points are), its other lanes' copies are for the mouse only so a joint measure is
 * not announced twice.
 */
export function TimelinePointGlyph({ point, cx, cy, theme, onPoint, onOpen }: TimelinePointProps) {
  // Read here, not passed down: re-rendering the Scatter would remount every glyph and drop focus.
  const hoveredId = useHoveredEventId();
  const highlighted = point.event.id === hoveredId;
  const dimmed = hoveredId !== null && !highlighted;
  const style = kindStyle[point.kind];
  const open = () => onOpen(point.event.id);
  const onKeyDown = (e: KeyboardEvent<SVGGElement>) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    // Space would otherwise scroll the page, as it does not "click" an SVG element by itself.
    e.preventDefault();
    open();
  };
  const focusProps = point.primary
    ? { tabIndex: 0, role: 'button', 'aria-label': pointLabel(point), 'aria-haspopup': 'dialog' as const }
    : { 'aria-hidden': true };
  return (
    <g
      className="timeline-point"
      data-event-id={point.event.id}
      data-highlighted={highlighted || undefined}
      opacity={dimmed ? 0.35 : 1}
      onClick={open}
      onKeyDown={onKeyDown}
      onMouseEnter={() => onPoint({ point, cx, cy })}
      onMouseLeave={() => onPoint(null)}
      onFocus={() => onPoint({ point, cx, cy })}
      onBlur={() => onPoint(null)}
      {...focusProps}
    >
      {/* A larger transparent target: the glyphs are small and often close together. */}
      <circle cx={cx} cy={cy} r={9} fill="transparent" />
      {highlighted && (
        <circle cx={cx} cy={cy} r={11} fill="none" stroke={chartInk[theme].text} strokeWidth={1.5} />
      )}
      <Symbols
        cx={cx}
        cy={cy}
        type={style.shape}
        size={highlighted ? 140 : 80}
        fill={style.color[theme]}
        stroke={chartInk[theme].surface}
        strokeWidth={1}
      />
    </g>
  );
}
