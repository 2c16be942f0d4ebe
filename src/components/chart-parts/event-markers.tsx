import { memo, use, useDeferredValue, useMemo, type ReactNode } from 'react';
import { DefaultZIndexes, Layer, Symbols, usePlotArea, useXAxisScale, ZIndexLayer } from 'recharts';
import type { SanctionsEvent } from '@/api/schemas';
import { NearScreenContext } from '@/components/chart-parts/draw-when-near';
import { clusterByPosition, type Cluster } from '@/lib/cluster';
import { eventGroupName, eventGroupTitle } from '@/lib/event-groups';
import { chartInk, kindStyle, type ResolvedTheme } from '@/lib/palette';
import { dayTime } from '@/lib/time';

type MarkerProps = {
  events: readonly SanctionsEvent[];
  theme: ResolvedTheme;
  /** The event highlighted on every chart. */
  hoveredId: string | null;
  onHover: (id: string | null) => void;
  /** Id of the y-axis the lines span, when the chart has several (the lines span the plot either way). */
  yAxisId?: string;
};

/**
 * Below this many pixels of axis per marker the markers crowd the axis and are clustered. Above it
 * every event keeps its own marker, even where a few coincide (as on 24–26 Feb 2022).
 */
const PX_PER_MARKER = 4;
/** A cluster takes the events within this many pixels of its first one. */
const CLUSTER_PX = 22;
/** Cluster badges are at most this wide, so their centres keep this far apart. */
const BADGE_MAX_PX = 22;
/** Events a cluster's tooltip lists, newest first. */
const LISTED = 5;

/**
 * Sanctions events as dashed vertical lines on a time axis, each topped by its kind's glyph, to be
 * placed inside a chart with a numeric time x-axis. Hovering a glyph highlights the event on every
 * chart. When there are more events than the axis has room for, events a few pixels apart merge
 * into one cluster marker that says how many it holds and lists the newest on hover.
 */
export function eventMarkers(props: MarkerProps) {
  return <EventMarkerLayer {...props} />;
}

const noEvents: readonly SanctionsEvent[] = [];

/** Where a marker is drawn: its x, the plot's top and bottom, and whether the x is inside the plot. */
type Place = { x: number; top: number; bottom: number; inside: boolean };

/**
 * Drawn as Recharts draws a ReferenceLine (same layer, same elements), but by hand: a Recharts
 * ReferenceLine re-registers itself in the chart's store on every render, and with a dozen markers
 * those updates cost more than the rest of the chart at every step of the period control.
 * Memoised, so a chart re-rendering for other reasons does not redraw its markers.
 */
const EventMarkerLayer = memo(function EventMarkerLayer(props: MarkerProps) {
  // On the dashboard the markers join their chart in a render of their own, just after the chart
  // draws and after each filter change, so the chart does not wait for them (on a phone they were a
  // fifth of its first draw). An exported image or a slide draws them with the chart.
  const onDashboard = use(NearScreenContext) !== null;
  const events = useDeferredValue(props.events, onDashboard ? noEvents : props.events);
  const plot = usePlotArea();
  const xScale = useXAxisScale();
  const crowded = plot !== undefined && events.length * PX_PER_MARKER > plot.width;
  const clusters = useMemo(
    () =>
      crowded && xScale
        ? clusterByPosition(events, (event) => xScale(dayTime(event.date)) ?? 0, CLUSTER_PX, BADGE_MAX_PX)
        : null,
    [crowded, xScale, events],
  );
  if (!plot || !xScale) return null;
  const place = (time: number): Place => {
    const x = xScale(time) ?? Number.NaN;
    const inside = x >= plot.x - 0.5 && x <= plot.x + plot.width + 0.5;
    return { x, top: plot.y, bottom: plot.y + plot.height, inside };
  };
  const marks = clusters
    ? clusters.map((cluster) => {
        const [only] = cluster.items;
        return cluster.items.length === 1 && only
          ? eventMark(only, place(dayTime(only.date)), props)
          : clusterMark(cluster, place, props);
      })
    : events.map((event) => eventMark(event, place(dayTime(event.date)), props));
  return <ZIndexLayer zIndex={DefaultZIndexes.line}>{marks}</ZIndexLayer>;
});

/** A dashed line over the plot, topped by `children`, as a Recharts ReferenceLine draws it. */
function MarkerLine({
  place,
  color,
  hovered,
  dimmed,
  children,
}: {
  place: Place;
  color: string;
  hovered: boolean;
  dimmed: boolean;
  children: ReactNode;
}) {
  // An event outside the plot is not drawn, line or glyph, as a ReferenceLine with
  // ifOverflow="hidden" is not (a glyph just left of the plot sat on the y-axis labels).
  if (!place.inside) return null;
  return (
    <Layer className="recharts-reference-line">
      <line
        x1={place.x}
        y1={place.bottom}
        x2={place.x}
        y2={place.top}
        stroke={color}
        strokeWidth={hovered ? 3 : 1}
        strokeDasharray={hovered ? undefined : '3 3'}
        strokeOpacity={dimmed ? 0.35 : 0.9}
        fill="none"
        fillOpacity={1}
        className="recharts-reference-line-line"
      />
      {children}
    </Layer>
  );
}

function eventMark(event: SanctionsEvent, place: Place, { theme, hoveredId, onHover }: MarkerProps) {
  const kind = event.kinds[0] ?? 'context';
  const color = kindStyle[kind].color[theme];
  const hovered = event.id === hoveredId;
  return (
    <MarkerLine
      key={event.id}
      place={place}
      color={color}
      hovered={hovered}
      dimmed={hoveredId !== null && !hovered}
    >
      <g
        className="event-marker"
        data-event-id={event.id}
        data-hovered={hovered || undefined}
        onMouseEnter={() => onHover(event.id)}
        onMouseLeave={() => onHover(null)}
      >
        <title>{`${event.dateLabel}: ${event.title}`}</title>
        <rect x={place.x - 8} y={place.top - 16} width={16} height={16} fill="transparent" />
        <Symbols
          cx={place.x}
          cy={place.top - 8}
          type={kindStyle[kind].shape}
          size={hovered ? 110 : 60}
          fill={color}
          stroke={chartInk[theme].surface}
          strokeWidth={1}
        />
      </g>
    </MarkerLine>
  );
}

function clusterMark(
  { items }: Cluster<SanctionsEvent>,
  placeOf: (time: number) => Place,
  { theme, hoveredId }: MarkerProps,
) {
  const ink = chartInk[theme];
  const kinds = new Set(items.map((event) => event.kinds[0] ?? 'context'));
  const [kind] = kinds;
  // One kind keeps its colour; a mix is drawn in the ink's muted grey, its events listed on hover.
  const color = kinds.size === 1 && kind ? kindStyle[kind].color[theme] : ink.muted;
  const hovered = hoveredId !== null && items.some((event) => event.id === hoveredId);
  const times = items.map((event) => dayTime(event.date));
  const place = placeOf(times.reduce((sum, time) => sum + time, 0) / times.length);
  const count = items.length > 99 ? '99+' : String(items.length);
  const width = 8 + count.length * 5;
  return (
    <MarkerLine
      key={`cluster:${items[0]?.id ?? ''}`}
      place={place}
      color={color}
      hovered={hovered}
      dimmed={hoveredId !== null && !hovered}
    >
      <g
        className="event-marker-cluster"
        data-event-count={items.length}
        data-hovered={hovered || undefined}
        role="img"
        aria-label={eventGroupName(items)}
      >
        <title>{eventGroupTitle(items, LISTED)}</title>
        <rect
          x={place.x - width / 2}
          y={place.top - 16}
          width={width}
          height={15}
          rx={7.5}
          fill={color}
          stroke={hovered ? ink.text : ink.surface}
          strokeWidth={hovered ? 2 : 1}
        />
        <text
          x={place.x}
          y={place.top - 5}
          textAnchor="middle"
          fontSize={10}
          fontWeight={600}
          fill={ink.surface}
          className="tabular"
        >
          {count}
        </text>
      </g>
    </MarkerLine>
  );
}
