import { checkOffThread } from '@/api/check-off-thread';
import type { ResponseBody, ResponseName } from '@/api/schemas';

/** Why a request failed, in terms a reader can act on. */
export type ApiErrorKind = 'network' | 'http' | 'not-json' | 'schema';

export class ApiRequestError extends Error {
  readonly kind: ApiErrorKind;
  readonly path: string;
  /** HTTP status for `http` errors. */
  readonly status: number | undefined;
  /** The first field at fault for `schema` errors, e.g. `data[3].total.value`. */
  readonly field: string | undefined;

  constructor(
    kind: ApiErrorKind,
    path: string,
    message: string,
    options: { status?: number; field?: string; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'ApiRequestError';
    this.kind = kind;
    this.path = path;
    this.status = options.status;
    this.field = options.field;
  }
}

/** `/api/v1/...` under wherever the app is deployed (root or a sub-path). */
export const apiUrl = (path: string) => `${import.meta.env.BASE_URL}api/v1/${path.replace(/^\//, '')}`;

let apiStarted: Promise<unknown> = Promise.resolve();

/**
 * Holds every request until `started` settles: in the browser the page draws at once while the
 * mocked API starts, and its requests go out when something can answer them.
 */
export function holdRequestsUntil(started: Promise<unknown>) {
  apiStarted = started.catch(() => undefined);
}

/**
 * Fetches an API path and checks its body against the named response schema (`Responses` in
 * `schemas.ts`); throws `ApiRequestError` on any failure.
 */
export async function getJson<Name extends ResponseName>(
  path: string,
  name: Name,
  init?: { signal?: AbortSignal },
): Promise<ResponseBody<Name>> {
  await apiStarted;
  let text: string;
  let response: Response;
  try {
    response = await fetch(apiUrl(path), { signal: init?.signal, headers: { Accept: 'application/json' } });
    text = await response.text();
  } catch (cause) {
    if (init?.signal?.aborted) throw cause;
    throw new ApiRequestError('network', path, 'The data service could not be reached.', { cause });
  }

  if (!response.ok) {
    const apiError = await checkOffThread('apiError', text);
    const detail = apiError.ok ? `: ${apiError.data.error.message}` : '.';
    throw new ApiRequestError('http', path, `The data service answered ${response.status}${detail}`, {
      status: response.status,
    });
  }

  const checked = await checkOffThread(name, text);
  if (checked.ok) return checked.data;
  if (checked.problem === 'not-json') {
    throw new ApiRequestError('not-json', path, 'The data service sent something that is not JSON.');
  }
  throw new ApiRequestError(
    'schema',
    path,
    `The data has an unexpected shape at ${checked.field}${checked.message ? `: ${checked.message}` : ''}.`,
    { field: checked.field },
  );
}
