import { z } from 'zod';
import { ApiError } from '@/api/schemas';

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

const fieldPath = (path: readonly PropertyKey[]) =>
  path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    '',
  );

let apiStarted: Promise<unknown> = Promise.resolve();

/**
 * Holds every request until `started` settles: in the browser the page draws at once while the
 * mocked API starts, and its requests go out when something can answer them.
 */
export function holdRequestsUntil(started: Promise<unknown>) {
  apiStarted = started.catch(() => undefined);
}

/** Fetches an API path and parses it with `schema`; throws `ApiRequestError` on any failure. */
export async function getJson<T extends z.ZodType>(
  path: string,
  schema: T,
  init?: { signal?: AbortSignal },
): Promise<z.infer<T>> {
  await apiStarted;
  let response: Response;
  try {
    response = await fetch(apiUrl(path), { signal: init?.signal, headers: { Accept: 'application/json' } });
  } catch (cause) {
    if (init?.signal?.aborted) throw cause;
    throw new ApiRequestError('network', path, 'The data service could not be reached.', { cause });
  }

  let body: unknown;
  try {
    body = await response.json();
  } catch (cause) {
    if (!response.ok) {
      throw new ApiRequestError('http', path, `The data service answered ${response.status}.`, {
        status: response.status,
        cause,
      });
    }
    throw new ApiRequestError('not-json', path, 'The data service sent something that is not JSON.', {
      cause,
    });
  }

  if (!response.ok) {
    const apiError = ApiError.safeParse(body);
    const detail = apiError.success ? `: ${apiError.data.error.message}` : '.';
    throw new ApiRequestError('http', path, `The data service answered ${response.status}${detail}`, {
      status: response.status,
    });
  }

  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue ? fieldPath(issue.path) || '(root)' : '(root)';
    throw new ApiRequestError(
      'schema',
      path,
      `The data has an unexpected shape at ${field}${issue ? `: ${issue.message}` : ''}.`,
      { field, cause: parsed.error },
    );
  }
  return parsed.data;
}
