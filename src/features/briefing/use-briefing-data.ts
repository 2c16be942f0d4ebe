import { useQuery } from '@tanstack/react-query';
import { annualTradeQuery, metaQuery, periodTradeQuery, settlementQuery, sourcesQuery } from '@/api/queries';
import type { AnnualTrade, SanctionsEvent, SettlementObservation } from '@/api/schemas';
import { eventsInPeriod, useFilteredSanctionsQuery } from '@/components/chart-parts/use-marker-events';
import { visibleEvents } from '@/features/sanctions-timeline/to-timeline-rows';
import { yearInPeriod } from '@/features/trade-growth/to-annual-rows';
import { useActors, useKinds, usePeriod } from '@/store/view-store';
import { majorEventsInOrder } from '@/features/briefing/talking-points';

/** Everything the slides draw, from the same queries and view as the dashboard. */
export function useBriefingData() {
  const { from, to } = usePeriod();
  const actors = useActors();
  const kinds = useKinds();
  const annual = useQuery(annualTradeQuery());
  const monthly = useQuery(periodTradeQuery());
  const settlement = useQuery(settlementQuery());
  const sanctions = useQuery(useFilteredSanctionsQuery());
  const sources = useQuery(sourcesQuery());
  const meta = useQuery(metaQuery());
  return {
    from,
    to,
    annual,
    monthly,
    settlement,
    sanctions,
    sources,
    meta,
    events: visibleEvents(eventsInPeriod(sanctions.data?.data ?? [], from, to), actors, kinds),
  };
}

export type BriefingData = ReturnType<typeof useBriefingData>;

/**
 * The builds of the trade slide: the years shown at each step. Up to 2022 first, then the 2023
 * jump, then the rest; a cut that would show nothing new is skipped.
 */
export function tradeBuilds(rows: readonly AnnualTrade[], from: string, to: string): number[] {
  const years = rows.filter((row) => yearInPeriod(row.year, from, to)).map((row) => row.year);
  const cuts = [2022, 2023].filter((cut) => years.some((y) => y <= cut) && years.some((y) => y > cut));
  return [...cuts, Infinity];
}

/** The builds of the settlement slide: what was published before 2022, then everything. */
export function settlementBuilds(rows: readonly SettlementObservation[]): string[] {
  const cut = '2022-01-01';
  return rows.some((row) => row.start < cut) && rows.some((row) => row.start >= cut)
    ? [cut, '9999']
    : ['9999'];
}

/**
 * The builds of the sanctions slide: an empty timeline, then the major events one at a time,
 * then every event. Each build is the events it shows and the one it reveals.
 */
export function sanctionsBuilds(
  events: readonly SanctionsEvent[],
  from: string,
  to: string,
): { shown: readonly SanctionsEvent[]; revealed: SanctionsEvent | null }[] {
  const majors = majorEventsInOrder(events, from, to);
  return [
    ...majors.map((_, i) => ({
      shown: majors.slice(0, i),
      revealed: i > 0 ? (majors[i - 1] ?? null) : null,
    })),
    { shown: majors, revealed: majors.at(-1) ?? null },
    { shown: events, revealed: null },
  ];
}
