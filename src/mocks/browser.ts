import serviceWorkerUrl from '@/mocks/service-worker?worker&url';

/** How the mocked API answers in this browser. */
export type MockTransport = 'service-worker' | 'in-page';

/** How long to wait for the service worker before answering in the page instead. */
const SERVICE_WORKER_WAIT_MS = 5000;

const within = <T>(ms: number, promise: Promise<T>, otherwise: T) =>
  Promise.race([promise, new Promise<T>((resolve) => setTimeout(() => resolve(otherwise), ms))]);

/** Registers the API's service worker; resolves to whether it now answers this page's requests. */
async function serviceWorkerAnswers(): Promise<boolean> {
  const { serviceWorker } = navigator;
  const controlled = new Promise<boolean>((resolve) =>
    serviceWorker.addEventListener('controllerchange', () => resolve(true), { once: true }),
  );
  await serviceWorker.register(serviceWorkerUrl, {
    scope: import.meta.env.BASE_URL,
    // The dev server serves the worker as a module; the build bundles it into one classic script.
    type: import.meta.env.DEV ? 'module' : 'classic',
  });
  const registration = await serviceWorker.ready;
  if (serviceWorker.controller) return true;
  // On a first visit the worker takes the page as it activates; after a hard reload, when asked.
  registration.active?.postMessage('claim');
  return controlled;
}

/** Starts the mocked API and resolves once requests to it will be answered. */
export async function startMockApi(): Promise<MockTransport> {
  try {
    if (await within(SERVICE_WORKER_WAIT_MS, serviceWorkerAnswers(), false)) return 'service-worker';
  } catch {
    // Service workers unavailable or blocked: answer in the page.
  }
  (await import('@/mocks/in-page')).answerInPage();
  return 'in-page';
}
