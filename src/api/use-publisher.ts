import { useQuery } from '@tanstack/react-query';
import { sourcesQuery } from '@/api/queries';

/**
 * Names a source id by its publisher ("TASS"), falling back to the id while the sources load or
 * if they fail, so a tooltip or table never waits on the sources list.
 */
export function usePublisher(): (id: string) => string {
  const sources = useQuery(sourcesQuery());
  return (id) => sources.data?.data.find((source) => source.id === id)?.publisher ?? id;
}

/** Distinct publishers of a set of source ids, in order: "Devdiscourse; TASS". */
export const publishersOf = (ids: readonly string[], publisher: (id: string) => string) =>
  [...new Set(ids.map(publisher))].join('; ');
