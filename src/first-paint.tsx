import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { holdRequestsUntil } from '@/api/client';
import { App } from '@/app';

/**
 * The dashboard as it first draws, before any data (header, period control, chart frames with
 * their loading skeletons), rendered to HTML at build time for index.html (see `vite.config.ts`).
 * The page paints it before its code arrives; the app then replaces it with the same markup.
 * Nothing is asked of the API here: requests wait forever.
 */
export function renderFirstPaint(): string {
  const never = new Promise<never>(() => undefined);
  holdRequestsUntil(never);
  const html = renderToString(
    <QueryClientProvider client={new QueryClient()}>
      <App transport={never} />
    </QueryClientProvider>,
  );
  return (
    html
      // Its buttons do nothing until the app takes over, so they cannot be used before.
      .replace('<div class="dashboard-page"', '<div class="dashboard-page" inert=""')
      // The Content-Security-Policy refuses style attributes in markup (the app sets styles from
      // script, which it allows); the style sheet has defaults for the first paint.
      .replaceAll(/ style="[^"]*"/g, '')
  );
}
