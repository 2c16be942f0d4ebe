import { getResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { handlers } from '@/mocks/handlers';

/** How the mocked API answers in this browser. */
export type MockTransport = 'service-worker' | 'in-page';

/**
 * Answers the API in the page itself, for browsers that cannot run the service worker
 * (non-secure origins, hard reloads, policies that block workers). Requests the handlers do not
 * know go to the network as usual.
 */
const answerInPage = () => {
  const networkFetch = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const request = new Request(input, init);
    const mocked = await getResponse(handlers, request);
    return mocked ?? networkFetch(input, init);
  };
};

/** Starts the mocked API and resolves once requests to it will be answered. */
export async function startMockApi(): Promise<MockTransport> {
  try {
    const worker = setupWorker(...handlers);
    await worker.start({
      serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
      onUnhandledRequest: 'bypass',
      quiet: true,
    });
    // After a hard reload the page is not controlled by the worker even though it is registered.
    if (navigator.serviceWorker.controller) return 'service-worker';
    worker.stop();
  } catch {
    // Service workers unavailable or blocked: fall through to in-page answers.
  }
  answerInPage();
  return 'in-page';
}
