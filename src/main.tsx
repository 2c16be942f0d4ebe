import '@fontsource/inter/400.css';
import '@fontsource/inter/600.css';
import './styles.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { themeOnOpening } from '@/lib/use-resolved-theme';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// index.html's first paint shows in the theme the app will use, so a dark page does not open light.
document.documentElement.dataset.theme = themeOnOpening(window.location.search);

const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 5 * 60_000, refetchInterval: 10 * 60_000, retry: 1 } },
});

// The mock API starts in parallel with loading the app code. The app draws as soon as its code is
// here; its requests wait until the API can answer them.
try {
  // Without a mock API each chart's request fails, and its frame says so.
  const transport = import('@/mocks/browser').then(({ startMockApi }) => startMockApi()).catch(() => null);
  // The worker that checks API data builds its schemas while the app code loads.
  void import('@/api/check-off-thread').then(({ startChecking }) => startChecking());
  const [{ App }, { holdRequestsUntil }] = await Promise.all([import('@/app'), import('@/api/client')]);
  holdRequestsUntil(transport);
  const root = createRoot(container, {
    // A chart that fails shows its own error in its frame; the console gets a note, not an error.
    onCaughtError: (error) => console.warn('A chart could not be shown; its frame says why.', error),
  });
  // In a transition React renders the dashboard in slices of a few milliseconds, not in one long
  // task, so the page answers input meanwhile; the first paint stays until the render commits.
  startTransition(() =>
    root.render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <App transport={transport} />
        </QueryClientProvider>
      </StrictMode>,
    ),
  );
} catch (error) {
  const message = document.createElement('p');
  message.className = 'boot-error';
  message.setAttribute('role', 'alert');
  message.textContent = `The dashboard could not start: ${error instanceof Error ? error.message : String(error)}. Reload the page to try again.`;
  container.replaceChildren(message);
}
