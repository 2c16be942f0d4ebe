import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { SanctionsEvent } from '@/api/schemas';
import { useSourceText } from '@/api/use-source-text';
import { ChartFrame, ScreenOnly } from '@/components/chart-frame/chart-frame';
import { eventsInPeriod, useFilteredSanctionsQuery } from '@/components/chart-parts/use-marker-events';
import { formatMonth, monthStart } from '@/lib/time';
import { useActors, useKinds, usePeriod } from '@/store/view-store';
import { SanctionsFilters } from '@/features/sanctions-timeline/sanctions-filters';
import { SanctionsTable } from '@/features/sanctions-timeline/sanctions-table';
import { sanctionsCsv } from '@/features/sanctions-timeline/to-sanctions-csv';
import { SanctionsTimelineChart } from '@/features/sanctions-timeline/sanctions-timeline-chart';
import { TimelineNotes } from '@/features/sanctions-timeline/timeline-notes';
import { timelineFinding, visibleEvents } from '@/features/sanctions-timeline/to-timeline-rows';
import { sanctionsSummary } from '@/features/summaries/chart-summaries';
import './sanctions-timeline.css';

const noEvents: readonly SanctionsEvent[] = [];

/** The sanctions-pressure timeline in its frame, with the actor and kind filters above it. */
export function SanctionsTimelinePanel() {
  const { from, to } = usePeriod();
  const actors = useActors();
  const kinds = useKinds();
  // The same query the markers on the other charts use, so all charts show the same events.
  const query = useFilteredSanctionsQuery();
  const sourceText = useSourceText();
  const result = useQuery(query);
  const all = result.data?.data ?? noEvents;
  // Selected once per period and filters; the frame's parts ask again with the same data.
  const shown = useMemo(
    () => visibleEvents(eventsInPeriod(all, from, to), actors, kinds),
    [all, from, to, actors, kinds],
  );
  const sourceCount = useMemo(() => new Set(shown.flatMap((event) => event.sourceIds)).size, [shown]);
  const select = (data: NonNullable<typeof result.data>) =>
    data.data === all ? shown : visibleEvents(eventsInPeriod(data.data, from, to), actors, kinds);

  return (
    <ChartFrame
      id="sanctions"
      title={result.data ? timelineFinding(shown, from) : 'Western sanctions pressure on Russia’s trade'}
      subtitle={`Dated sanctions events by actor and kind, with the market’s responses and context; line: measures, cumulative count; ${formatMonth(monthStart(from))}–${formatMonth(monthStart(to))}`}
      query={query}
      isEmpty={(data) => select(data).length === 0}
      emptyMessage="No sanctions events match this period and these filters. Widen the period, switch more actors or kinds back on, or reset the filters."
      controls={<SanctionsFilters />}
      source={
        <>
          Sources: {sourceCount > 0 && `${sourceCount} `}legal notices, law-firm briefings and news reports
          <ScreenOnly>
            {sourceCount > 0 ? '; open an event, or the table, for its own' : ', listed with each event'}
          </ScreenOnly>
          .
        </>
      }
      notes={<TimelineNotes events={shown} />}
      table={(data) => <SanctionsTable events={select(data)} />}
      csv={(data) => sanctionsCsv(select(data), sourceText)}
      summary={(data) => sanctionsSummary(select(data))}
    >
      {(data) => <SanctionsTimelineChart events={select(data)} />}
    </ChartFrame>
  );
}
