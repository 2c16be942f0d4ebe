/// <reference lib="webworker" />
import { fetchDataset } from '@/mocks/dataset-files';
import { createMockApi } from '@/mocks/mock-api';
import { parseScenario } from '@/mocks/scenarios';

/**
 * The service worker that answers the mocked API, so the page loads no mocking library at all.
 * It is registered with the app's base path as its scope and answers `<base>api/v1/…`; every
 * other request goes to the network untouched.
 */

declare const self: ServiceWorkerGlobalScope;

const api = createMockApi(new URL(self.registration.scope).pathname, () => fetchDataset());

/** The fault scenario in the address of the page that asked, read at each request (`?scenario=…`). */
const scenarioOf = (request: Request) =>
  parseScenario(request.referrer ? new URL(request.referrer).search : '');

self.addEventListener('install', () => void self.skipWaiting());
// Take over the page that registered this worker at once, and any page that asks: a page opened
// with a hard reload is left uncontrolled until it does.
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
self.addEventListener('message', (event) => {
  if (event.data === 'claim') event.waitUntil(self.clients.claim());
});
self.addEventListener('fetch', (event) => {
  if (api.handles(event.request)) event.respondWith(api.respond(event.request, scenarioOf(event.request)));
});
