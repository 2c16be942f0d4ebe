import '@fontsource/inter/400.css';
import '@fontsource/inter/600.css';
import './styles.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 5 * 60_000, refetchInterval: 10 * 60_000, retry: 1 } },
});

// The app code and the mock API load in parallel; the app renders once both are ready, so no
// request is made before something can answer it.
try {
  const [{ App }, transport] = await Promise.all([
    import('@/app'),
    import('@/mocks/browser').then(({ startMockApi }) => startMockApi()),
  ]);
  createRoot(container, {
    // A chart that fails shows its own error in its frame; the console gets a note, not an error.
    onCaughtError: (error) => console.warn('A chart could not be shown; its frame says why.', error),
  }).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App transport={transport} />
      </QueryClientProvider>
    </StrictMode>,
  );
} catch (error) {
  const message = document.createElement('p');
  message.className = 'boot-error';
  message.setAttribute('role', 'alert');
  message.textContent = `The dashboard could not start: ${error instanceof Error ? error.message : String(error)}. Reload the page to try again.`;
  container.replaceChildren(message);
}
