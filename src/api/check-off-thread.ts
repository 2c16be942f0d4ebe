import type { CheckAnswer, Checked, CheckRequest } from '@/api/check';
import type { ResponseBody, ResponseName } from '@/api/schemas';
import checkWorkerUrl from '@/api/check-worker?worker&url';

type Pending = Omit<CheckRequest, 'id'> & { answer: (checked: Checked) => void };

/** The checking worker; null once it is known not to run, undefined until it is started. */
let worker: Worker | null | undefined;
const pending = new Map<number, Pending>();
let lastId = 0;

/** Where there is no worker (tests, a blocked script), bodies are checked in the page. */
const checkHere = async ({ name, text }: Omit<CheckRequest, 'id'>): Promise<Checked> =>
  (await import('@/api/check')).check(name, text);

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    const started = new Worker(checkWorkerUrl, {
      name: 'api-check',
      // The dev server serves the worker as a module; the build bundles it into one classic script.
      type: import.meta.env.DEV ? 'module' : 'classic',
    });
    started.addEventListener('message', ({ data }: MessageEvent<CheckAnswer>) => {
      const { id, ...checked } = data;
      pending.get(id)?.answer(checked);
      pending.delete(id);
    });
    // A worker that cannot run hands back what it was asking, and the page checks from then on.
    started.addEventListener('error', () => {
      worker = null;
      for (const request of pending.values()) void checkHere(request).then(request.answer);
      pending.clear();
    });
    return started;
  } catch {
    return null;
  }
}

/** Starts the checking worker, so it is ready (schemas built) when the first body arrives. */
export function startChecking() {
  if (worker === undefined) worker = startWorker();
}

/**
 * Parses a response body and checks it against the named response schema, in a worker. The
 * answer's data is what `check` returned for that name, so its type follows from the name.
 */
export async function checkOffThread<Name extends ResponseName>(
  name: Name,
  text: string,
): Promise<Checked<ResponseBody<Name>>> {
  startChecking();
  const checking = worker;
  const checked = checking
    ? await new Promise<Checked>((answer) => {
        lastId += 1;
        pending.set(lastId, { name, text, answer });
        checking.postMessage({ id: lastId, name, text } satisfies CheckRequest);
      })
    : await checkHere({ name, text });
  return checked as Checked<ResponseBody<Name>>;
}
