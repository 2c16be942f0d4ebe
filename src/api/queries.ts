import { queryOptions } from '@tanstack/react-query';
import { getJson } from '@/api/client';
import type { SanctionsQuery } from '@/api/schemas';

/** Query string for `/sanctions`; empty filters are left out so equal views share a cache entry. */
export const sanctionsSearch = (query: SanctionsQuery) => {
  const params = new URLSearchParams();
  if (query.from) params.set('from', query.from);
  if (query.to) params.set('to', query.to);
  if (query.actor?.length) params.set('actor', query.actor.join(','));
  if (query.kind?.length) params.set('kind', query.kind.join(','));
  const search = params.toString();
  return search ? `?${search}` : '';
};

export const metaQuery = () =>
  queryOptions({
    queryKey: ['meta'],
    queryFn: ({ signal }) => getJson('meta', 'meta', { signal }),
  });

export const annualTradeQuery = () =>
  queryOptions({
    queryKey: ['trade', 'annual'],
    queryFn: ({ signal }) => getJson('trade/annual', 'annualTrade', { signal }),
  });

export const periodTradeQuery = () =>
  queryOptions({
    queryKey: ['trade', 'monthly'],
    queryFn: ({ signal }) => getJson('trade/monthly', 'periodTrade', { signal }),
  });

export const settlementQuery = () =>
  queryOptions({
    queryKey: ['settlement'],
    queryFn: ({ signal }) => getJson('settlement', 'settlement', { signal }),
  });

export const sanctionsQuery = (query: SanctionsQuery = {}) =>
  queryOptions({
    queryKey: ['sanctions', query],
    queryFn: ({ signal }) => getJson(`sanctions${sanctionsSearch(query)}`, 'sanctions', { signal }),
  });

export const sourcesQuery = () =>
  queryOptions({
    queryKey: ['sources'],
    queryFn: ({ signal }) => getJson('sources', 'sources', { signal }),
  });
