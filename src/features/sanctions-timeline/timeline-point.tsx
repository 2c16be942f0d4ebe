import type { KeyboardEvent } from 'react';
import { Symbols } from 'recharts';
import { eventGroupName } from '@/lib/event-groups';
import { actorLabel, chartInk, kindStyle, type ResolvedTheme } from '@/lib/palette';
import { useHoveredEventId } from '@/store/view-store';
import { actorsText, eventDateText, kindsText } from '@/features/sanctions-timeline/event-text';
import type {
  TimelineBin,
  TimelineMark,
  TimelinePoint,
} from '@/features/sanctions-timeline/to-timeline-rows';

/** The mark the reader points at or has focused, and where it is drawn, for the tooltip. */
export type Pointed = { point: TimelineMark; cx: number; cy: number };

/** Enter and Space act on a glyph; Space would otherwise scroll the page, as SVG has no "click" for it. */
const onActivate = (act: () => void) => (e: KeyboardEvent<SVGGElement>) => {
  if (e.key !== 'Enter' && e.key !== ' ') return;
  e.preventDefault();
  act();
};

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
  const onKeyDown = onActivate(open);
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

/** What a screen reader announces for a bin: "23 sanctions events, Mar–Apr 2024, United States". */
export const binLabel = (bin: TimelineBin) =>
  `${eventGroupName(bin.events)}, ${actorLabel[bin.lane]}. Opens the list.`;

type TimelineBinProps = {
  bin: TimelineBin;
  cx: number;
  cy: number;
  theme: ResolvedTheme;
  onPoint: (pointed: Pointed | null) => void;
  onOpenBin: (bin: TimelineBin) => void;
};

/**
 * Many events of one lane and one short stretch, drawn as one pill with their count: one kind's
 * colour, or grey for a mix. Like a point it is a button, reached by Tab when it holds an event's
 * top lane; it opens the list of its events, from which each one's details open.
 */
export function TimelineBinGlyph({ bin, cx, cy, theme, onPoint, onOpenBin }: TimelineBinProps) {
  const hoveredId = useHoveredEventId();
  const highlighted = hoveredId !== null && bin.events.some((event) => event.id === hoveredId);
  const dimmed = hoveredId !== null && !highlighted;
  const ink = chartInk[theme];
  const color = bin.kind ? kindStyle[bin.kind].color[theme] : ink.muted;
  const count = bin.events.length > 99 ? '99+' : String(bin.events.length);
  const width = Math.max(16, 8 + count.length * 5.5);
  const open = () => onOpenBin(bin);
  const focusProps = bin.primary
    ? { tabIndex: 0, role: 'button', 'aria-label': binLabel(bin), 'aria-haspopup': 'dialog' as const }
    : { 'aria-hidden': true };
  return (
    <g
      className="timeline-point timeline-bin"
      data-event-count={bin.events.length}
      data-highlighted={highlighted || undefined}
      opacity={dimmed ? 0.35 : 1}
      onClick={open}
      onKeyDown={onActivate(open)}
      onMouseEnter={() => onPoint({ point: bin, cx, cy })}
      onMouseLeave={() => onPoint(null)}
      onFocus={() => onPoint({ point: bin, cx, cy })}
      onBlur={() => onPoint(null)}
      {...focusProps}
    >
      <rect x={cx - width / 2 - 2} y={cy - 10} width={width + 4} height={20} fill="transparent" />
      <rect
        x={cx - width / 2}
        y={cy - 8}
        width={width}
        height={16}
        rx={8}
        fill={color}
        stroke={highlighted ? ink.text : ink.surface}
        strokeWidth={highlighted ? 2 : 1}
      />
      <text
        x={cx}
        y={cy + 3.5}
        textAnchor="middle"
        fontSize={10}
        fontWeight={600}
        fill={ink.surface}
        className="tabular"
      >
        {count}
      </text>
    </g>
  );
}
