import { ReferenceLine, Symbols } from 'recharts';
import type { SanctionsEvent } from '@/api/schemas';
import { chartInk, kindStyle, type ResolvedTheme } from '@/lib/palette';
import { dayTime } from '@/lib/time';

type MarkerProps = {
  events: readonly SanctionsEvent[];
  theme: ResolvedTheme;
  /** The event highlighted on every chart. */
  hoveredId: string | null;
  onHover: (id: string | null) => void;
  /** Id of the y-axis the lines span, when the chart has several. */
  yAxisId?: string;
};

/**
 * Sanctions events as dashed vertical lines on a time axis, each topped by its kind's glyph.
 * Returned as an array of Recharts elements, to be placed inside a chart with a numeric time
 * x-axis. Hovering a glyph highlights the event on every chart.
 */
export function eventMarkers({ events, theme, hoveredId, onHover, yAxisId }: MarkerProps) {
  return events.map((event) => {
    const kind = event.kinds[0] ?? 'context';
    const color = kindStyle[kind].color[theme];
    const hovered = event.id === hoveredId;
    return (
      <ReferenceLine
        key={event.id}
        x={dayTime(event.date)}
        yAxisId={yAxisId}
        stroke={color}
        strokeWidth={hovered ? 3 : 1}
        strokeDasharray={hovered ? undefined : '3 3'}
        strokeOpacity={hoveredId && !hovered ? 0.35 : 0.9}
        ifOverflow="hidden"
        label={({ viewBox }: { viewBox?: { x?: number; y?: number } }) => (
          <g
            className="event-marker"
            data-event-id={event.id}
            data-hovered={hovered || undefined}
            onMouseEnter={() => onHover(event.id)}
            onMouseLeave={() => onHover(null)}
          >
            <title>{`${event.dateLabel}: ${event.title}`}</title>
            <rect
              x={(viewBox?.x ?? 0) - 8}
              y={(viewBox?.y ?? 0) - 16}
              width={16}
              height={16}
              fill="transparent"
            />
            <Symbols
              cx={viewBox?.x ?? 0}
              cy={(viewBox?.y ?? 0) - 8}
              type={kindStyle[kind].shape}
              size={hovered ? 110 : 60}
              fill={color}
              stroke={chartInk[theme].surface}
              strokeWidth={1}
            />
          </g>
        )}
      />
    );
  });
}
