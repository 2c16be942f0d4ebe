import { useCallback, useMemo, useState } from 'react';
import type { SanctionsEvent } from '@/api/schemas';
import { useChartWidth } from '@/components/chart-parts/use-chart-width';
import { periodDomain } from '@/lib/time';
import { useResolvedTheme } from '@/lib/use-resolved-theme';
import { useActors, useKinds, usePeriod, useViewActions } from '@/store/view-store';
import { EventDetailsDialog } from '@/features/sanctions-timeline/event-details-dialog';
import { EventListDialog } from '@/features/sanctions-timeline/event-list-dialog';
import { BinTooltip, EventTooltip } from '@/features/sanctions-timeline/event-tooltip';
import type { Pointed } from '@/features/sanctions-timeline/timeline-point';
import { plotHeight, plotLayout, TimelinePlot } from '@/features/sanctions-timeline/timeline-plot';
import {
  isBin,
  laneOrder,
  MAX_LOOSE,
  MAX_PILE,
  needsBins,
  toPressureSeries,
  toTimelineMarks,
  type TimelineBin,
} from '@/features/sanctions-timeline/to-timeline-rows';

/** Below this chart width, lane labels shrink to "US", "UK/G7" and years thin out. */
const NARROW_PX = 560;
/** Room one glyph needs along the time axis before a neighbour is nudged off the lane's line. */
const GLYPH_PX = 12;
/** Width of the stretch of a lane one bin covers, when there are too many events to draw apart. */
const BIN_PX = 24;
/** Assumed until the first measurement, so nudging starts from a plausible width. */
const INITIAL_WIDTH_PX = 800;

/**
 * The sanctions timeline: one lane per actor, each event a glyph coloured and shaped by its kind,
 * and the cumulative count of measures as a step line on the right-hand axis. Pointing at or
 * focusing an event highlights it on every chart and shows its tooltip; Enter or a click opens its
 * details. With more events than the lanes can hold apart, dense stretches of a lane become bins
 * with a count, which open the list of their events.
 */
export function SanctionsTimelineChart({ events }: { events: readonly SanctionsEvent[] }) {
  const { from, to } = usePeriod();
  const actors = useActors();
  const kinds = useKinds();
  const theme = useResolvedTheme();
  const { eventHovered } = useViewActions();
  const { width, probe } = useChartWidth();
  const [pointed, setPointed] = useState<Pointed | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [openBin, setOpenBin] = useState<TimelineBin | null>(null);

  // Everything the plot receives is memoised, so hover and focus changes here do not redraw it.
  const narrow = width > 0 && width < NARROW_PX;
  const domain = useMemo(() => periodDomain(from, to), [from, to]);
  const lanes = useMemo(() => laneOrder.filter((lane) => actors.includes(lane)), [actors]);
  const laneAxisPx = narrow ? plotLayout.laneAxis.narrow : plotLayout.laneAxis.wide;
  const { left, right } = plotLayout.margin;
  const plotPx = Math.max(
    1,
    (width || INITIAL_WIDTH_PX) - laneAxisPx - plotLayout.pressureAxis - left - right,
  );
  const msPerPx = (domain[1] - domain[0]) / plotPx;
  const full = useMemo(() => needsBins(events, lanes, plotPx, GLYPH_PX), [events, lanes, plotPx]);
  const points = useMemo(
    () =>
      toTimelineMarks(events, {
        lanes,
        kinds,
        minGapMs: msPerPx * GLYPH_PX,
        binning: { domain, binMs: msPerPx * BIN_PX, maxLoose: full ? MAX_LOOSE : MAX_PILE },
      }),
    [events, lanes, kinds, msPerPx, full, domain],
  );
  const pressure = useMemo(() => toPressureSeries(events, domain), [events, domain]);
  const onPoint = useCallback(
    (next: Pointed | null) => {
      setPointed(next);
      // A bin is many events: none of them is singled out on the other charts.
      eventHovered(next && !isBin(next.point) ? next.point.event.id : null);
    },
    [eventHovered],
  );
  const openEvent = openId === null ? undefined : events.find((event) => event.id === openId);
  const place = { width, height: plotHeight(lanes.length) };

  return (
    <div className="chart-canvas sanctions-timeline" data-testid="sanctions-timeline-chart">
      <TimelinePlot
        points={points}
        pressure={pressure}
        lanes={lanes}
        domain={domain}
        narrow={narrow}
        plotPx={plotPx}
        theme={theme}
        widthProbe={probe}
        onPoint={onPoint}
        onOpen={setOpenId}
        onOpenBin={setOpenBin}
      />
      {pointed &&
        (isBin(pointed.point) ? (
          <BinTooltip bin={pointed.point} cx={pointed.cx} cy={pointed.cy} {...place} />
        ) : (
          <EventTooltip event={pointed.point.event} cx={pointed.cx} cy={pointed.cy} {...place} />
        ))}
      {openBin && (
        <EventListDialog
          key={openBin.key}
          bin={openBin}
          onOpenEvent={setOpenId}
          onClose={() => setOpenBin(null)}
        />
      )}
      {openEvent && (
        <EventDetailsDialog key={openEvent.id} event={openEvent} onClose={() => setOpenId(null)} />
      )}
    </div>
  );
}
