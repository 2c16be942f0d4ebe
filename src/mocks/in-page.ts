import { fetchDataset } from '@/mocks/dataset-files';
import { createMockApi } from '@/mocks/mock-api';
import { parseScenario } from '@/mocks/scenarios';

/**
 * Answers the API in the page itself, for browsers that cannot run the service worker
 * (non-secure origins, policies that block workers). Loaded only then. Other requests go to the
 * network as usual.
 */
export function answerInPage() {
  const networkFetch = window.fetch.bind(window);
  const api = createMockApi(import.meta.env.BASE_URL, () => fetchDataset(networkFetch));
  window.fetch = (input, init) => {
    const request = new Request(input, init);
    return api.handles(request)
      ? api.respond(request, parseScenario(window.location.search))
      : networkFetch(input, init);
  };
}
