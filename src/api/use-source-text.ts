import { useQueryClient } from '@tanstack/react-query';
import { sourcesQuery } from '@/api/queries';

/**
 * Source ids as readers see them, for CSV: "TASS (https://…); RT". Reads the sources already in
 * the cache when called, without subscribing, so a chart does not redraw when they arrive; the
 * exporter loads them first (`ensureQueryData`).
 */
export function useSourceText(): (ids: readonly string[]) => string {
  const client = useQueryClient();
  return (ids) => {
    const sources = client.getQueryData(sourcesQuery().queryKey)?.data ?? [];
    return ids
      .map((id) => {
        const source = sources.find((s) => s.id === id);
        if (!source) return id;
        return source.url ? `${source.publisher} (${source.url})` : source.publisher;
      })
      .join('; ');
  };
}
