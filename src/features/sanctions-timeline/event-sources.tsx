import { useQuery } from '@tanstack/react-query';
import { sourcesQuery } from '@/api/queries';

/**
 * An event's sources: publisher and title, linked when the source has an address. Until the
 * source list arrives (or if it fails) the ids stand in, so the provenance is never blank.
 */
export function EventSources({ sourceIds }: { sourceIds: readonly string[] }) {
  const sources = useQuery(sourcesQuery());
  const byId = new Map(sources.data?.data.map((source) => [source.id, source]));
  return (
    <ul className="event-sources">
      {sourceIds.map((id) => {
        const source = byId.get(id);
        if (!source) return <li key={id}>{id}</li>;
        return (
          <li key={id}>
            <span className="event-sources__publisher">
              {source.publisher}
              {source.originalPublisher && `, reporting ${source.originalPublisher}`}
            </span>
            {': '}
            {source.url ? (
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {source.title}
                <span className="visually-hidden"> (opens in a new tab)</span>
              </a>
            ) : (
              source.title
            )}
          </li>
        );
      })}
    </ul>
  );
}
