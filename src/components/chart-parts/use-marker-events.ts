import { useQuery } from '@tanstack/react-query';
import { sanctionsQuery } from '@/api/queries';
import type { SanctionsEvent } from '@/api/schemas';
import { monthEnd, toDay } from '@/lib/time';
import { useActors, useKinds, useMarkers, usePeriod } from '@/store/view-store';

/** The sanctions query for the current period and filters, shared by the timeline and markers. */
export function useFilteredSanctionsQuery() {
  const { from, to } = usePeriod();
  const actors = useActors();
  const kinds = useKinds();
  return sanctionsQuery({ from: `${from}-01`, to: toDay(monthEnd(to)), actor: actors, kind: kinds });
}

/**
 * The sanctions events laid as markers on the trade and settlement charts: the filtered events,
 * the major ones only unless the reader asked for all. Empty while loading or on failure, so a
 * failing sanctions feed never takes another chart down.
 */
export function useMarkerEvents(): SanctionsEvent[] {
  const markers = useMarkers();
  // With every actor or every kind switched off nothing matches (the API reads "no filter" as all).
  const actors = useActors();
  const kinds = useKinds();
  const show = markers !== 'none' && actors.length > 0 && kinds.length > 0;
  const events = useQuery({ ...useFilteredSanctionsQuery(), enabled: show });
  if (!show || !events.data) return [];
  return markers === 'all' ? events.data.data : events.data.data.filter((event) => event.major);
}
