import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { sanctionsQuery } from '@/api/queries';
import type { SanctionsEvent } from '@/api/schemas';
import { monthEnd, toDay } from '@/lib/time';
import { useActors, useKinds, useMarkers, usePeriod } from '@/store/view-store';

/**
 * The sanctions query for the current filters, shared by the timeline and markers. The period is
 * applied in the page (`inPeriod`), not in the request, so moving the period neither refetches
 * nor suspends the charts.
 */
export function useFilteredSanctionsQuery() {
  const actors = useActors();
  const kinds = useKinds();
  return sanctionsQuery({ actor: actors, kind: kinds });
}

/** The events dated within the period `from`–`to` (`YYYY-MM`), as the API's date filter selects them. */
export function eventsInPeriod(
  events: readonly SanctionsEvent[],
  from: string,
  to: string,
): SanctionsEvent[] {
  const first = `${from}-01`;
  const last = toDay(monthEnd(to));
  return events.filter((event) => event.date >= first && event.date <= last);
}

const noEvents: SanctionsEvent[] = [];

/**
 * The sanctions events laid as markers on the trade and settlement charts: the filtered events,
 * the major ones only unless the reader asked for all. Empty while loading or on failure, so a
 * failing sanctions feed never takes another chart down. The same array comes back until the
 * events, the period or the choice change, so the markers can skip redrawing.
 */
export function useMarkerEvents(): SanctionsEvent[] {
  const markers = useMarkers();
  // With every actor or every kind switched off nothing matches (the API reads "no filter" as all).
  const actors = useActors();
  const kinds = useKinds();
  const show = markers !== 'none' && actors.length > 0 && kinds.length > 0;
  const { from, to } = usePeriod();
  const events = useQuery({ ...useFilteredSanctionsQuery(), enabled: show });
  const data = show ? events.data?.data : undefined;
  return useMemo(() => {
    if (!data) return noEvents;
    const shown = eventsInPeriod(data, from, to);
    return markers === 'all' ? shown : shown.filter((event) => event.major);
  }, [data, from, to, markers]);
}
