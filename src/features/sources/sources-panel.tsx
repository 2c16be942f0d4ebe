import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { sourcesQuery } from '@/api/queries';
import './sources-panel.css';

/** A "Sources" button that opens every source with what it backs. */
export function SourcesPanel() {
  const dialog = useRef<HTMLDialogElement>(null);
  const sources = useQuery(sourcesQuery());
  // The list is drawn only while the dialog is open: a large dataset has thousands of sources.
  const [open, setOpen] = useState(false);

  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => {
          setOpen(true);
          dialog.current?.showModal();
        }}
      >
        Sources
      </button>
      <dialog ref={dialog} className="dialog" aria-labelledby="sources-title" onClose={() => setOpen(false)}>
        <header className="dialog__header">
          <h2 id="sources-title">Sources</h2>
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </header>
        {sources.isPending && <p role="status">Loading sources…</p>}
        {sources.isError && (
          <div role="alert">
            <p>The list of sources could not be loaded. {sources.error.message}</p>
            <button type="button" className="button" onClick={() => void sources.refetch()}>
              Retry
            </button>
          </div>
        )}
        {open && sources.data && (
          <ol className="sources-panel__list">
            {sources.data.data.map((source) => (
              <li key={source.id} id={`source-${source.id}`}>
                <p className="sources-panel__title">
                  {source.url ? (
                    <a href={source.url} target="_blank" rel="noopener noreferrer">
                      {source.title}
                    </a>
                  ) : (
                    source.title
                  )}
                </p>
                <p className="sources-panel__meta">
                  {source.publisher}
                  {source.originalPublisher && `, reporting ${source.originalPublisher}`}
                </p>
                <p className="sources-panel__backs">Backs: {source.backs}</p>
                {source.caveat && <p className="sources-panel__caveat">Caveat: {source.caveat}</p>}
              </li>
            ))}
          </ol>
        )}
      </dialog>
    </>
  );
}
