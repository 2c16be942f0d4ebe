import { http } from 'msw';
import { setupWorker } from 'msw/browser';
import { dataset } from '@/mocks/dataset';
import { createMockApi } from '@/mocks/mock-api';
import type { MockTransport } from '@/mocks/browser';

/**
 * The bench's baseline answers the API the plain way: MSW's browser worker, with the data in the
 * bundle, started in the page. Stands in for `src/mocks/browser.ts` in the baseline build.
 */
export async function startMockApi(): Promise<MockTransport> {
  const api = createMockApi(import.meta.env.BASE_URL, () => Promise.resolve(dataset));
  const worker = setupWorker(
    http.all(`${import.meta.env.BASE_URL}api/v1/*`, ({ request }) => api.respond(request, new Map())),
  );
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  return 'service-worker';
}
