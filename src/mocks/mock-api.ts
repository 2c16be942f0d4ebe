import { z } from '@/api/zod';
import { SanctionsQuery, type ApiError, type DatasetMeta, type MockFiles } from '@/api/schemas';
import type { Endpoint, Scenario } from '@/mocks/scenarios';

/**
 * The mocked API over `mock-data/`, in plain Fetch API terms so that one implementation answers
 * everywhere: in the browser's service worker, in the page when no service worker can run, and
 * in tests through msw/node. The files are checked against the API schemas by the tests
 * (`mock-data.test.ts`), not here, so answering costs no parsing beyond JSON.
 */

/** The contents of the files in `mock-data/`. */
export type Dataset = { [File in keyof typeof MockFiles]: z.infer<(typeof MockFiles)[File]> };

type Payload = { data: unknown; meta?: { version: string; asOf: string; count: number } };

const lister =
  ({ version, asOf }: Dataset['meta.json']) =>
  (data: readonly unknown[]): Payload => ({ data, meta: { version, asOf, count: data.length } });

const datasetMeta = (dataset: Dataset): DatasetMeta => ({
  ...dataset['meta.json'],
  counts: {
    annualTrade: dataset['annual-trade.json'].length,
    periodTrade: dataset['period-trade.json'].length,
    settlement: dataset['settlement.json'].length,
    sanctions: dataset['sanctions.json'].length,
    sources: dataset['sources.json'].length,
  },
});

const statusTexts: Record<number, string> = {
  400: 'Bad Request',
  404: 'Not Found',
  500: 'Internal Server Error',
};

const error = (status: number, code: string, message: string) =>
  Response.json({ error: { code, message } } satisfies ApiError, { status, statusText: statusTexts[status] });

const csv = (value: string | null) => (value === null ? undefined : value.split(',').filter(Boolean));

/** Parses the sanctions filters; unknown parameters are refused so typos don't pass silently. */
const parseSanctionsQuery = (
  params: URLSearchParams,
): { ok: true; query: SanctionsQuery } | { ok: false; message: string } => {
  const allowed = new Set(['from', 'to', 'actor', 'kind']);
  const unknown = [...params.keys()].filter((key) => !allowed.has(key));
  if (unknown.length) return { ok: false, message: `Unknown filter: ${unknown.join(', ')}.` };
  const parsed = SanctionsQuery.safeParse({
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
    actor: csv(params.get('actor')),
    kind: csv(params.get('kind')),
  });
  return parsed.success
    ? { ok: true, query: parsed.data }
    : { ok: false, message: z.prettifyError(parsed.error) };
};

/** How long the "slow" scenario keeps every answer waiting. */
export const SLOW_MS = 4000;

/** The payload with its first row (or, for an object, its first field) missing a required field. */
function broken({ data, meta }: Payload): Payload {
  const drop = (row: unknown): unknown =>
    row && typeof row === 'object'
      ? Object.fromEntries(Object.entries(row as Record<string, unknown>).slice(1))
      : row;
  const rows: unknown = data;
  return {
    data: Array.isArray(rows) ? rows.map((row: unknown, i) => (i === 0 ? drop(row) : row)) : drop(rows),
    meta,
  };
}

/** Answers with the payload, or plays the fault the scenario sets for this endpoint. */
async function answer(scenario: Scenario, endpoint: Endpoint, payload: () => Payload): Promise<Response> {
  switch (scenario.get(endpoint)) {
    case 'slow':
      await new Promise((resolve) => setTimeout(resolve, SLOW_MS));
      break;
    case 'error':
      return error(500, 'server-error', 'The data service failed while answering (scenario “error”).');
    case 'offline':
      return Response.error();
    case 'malformed':
      return new Response('{"data": [{"year": 2013, "total": ', {
        headers: { 'Content-Type': 'application/json' },
      });
    case 'invalid':
      return Response.json(broken(payload()));
    case 'empty': {
      const { data, meta } = payload();
      if (Array.isArray(data) && meta) return Response.json({ data: [], meta: { ...meta, count: 0 } });
      break;
    }
    default:
  }
  return Response.json(payload());
}

type Route = (url: URL, scenario: Scenario, dataset: Dataset) => Promise<Response>;

const sanctions: Route = (url, scenario, dataset) => {
  const result = parseSanctionsQuery(url.searchParams);
  if (!result.ok) return Promise.resolve(error(400, 'bad-filter', result.message));
  const { from, to, actor, kind } = result.query;
  return answer(scenario, 'sanctions', () =>
    lister(dataset['meta.json'])(
      dataset['sanctions.json'].filter(
        (event) =>
          (!from || event.date >= from) &&
          (!to || event.date <= to) &&
          (!actor || event.actors.some((a) => actor.includes(a))) &&
          (!kind || event.kinds.some((k) => kind.includes(k))),
      ),
    ),
  );
};

/** A route that lists one file's rows. */
const listing =
  (endpoint: Endpoint, file: Exclude<keyof Dataset, 'meta.json'>): Route =>
  (_, scenario, dataset) =>
    answer(scenario, endpoint, () => lister(dataset['meta.json'])(dataset[file]));

const routes: Record<string, Route> = {
  meta: (_, scenario, dataset) => answer(scenario, 'meta', () => ({ data: datasetMeta(dataset) })),
  'trade/annual': listing('annual', 'annual-trade.json'),
  'trade/monthly': listing('monthly', 'period-trade.json'),
  settlement: listing('settlement', 'settlement.json'),
  sources: listing('sources', 'sources.json'),
  sanctions,
};

export type MockApi = {
  /** Whether the request is for the API (decided at once: a service worker must know synchronously). */
  handles: (request: Request) => boolean;
  /** The API's answer; `scenario` is the fault, if any, to play. */
  respond: (request: Request, scenario: Scenario) => Promise<Response>;
};

/**
 * The API at `${base}api/v1/`, where `base` is the path the app is deployed under, over the
 * dataset `load` gives; it is asked once, at the first request.
 */
export function createMockApi(base: string, load: () => Promise<Dataset>): MockApi {
  const prefix = `${base}api/v1/`;
  let dataset: Promise<Dataset> | undefined;
  return {
    handles: (request) => new URL(request.url).pathname.startsWith(prefix),
    respond: async (request, scenario) => {
      const url = new URL(request.url);
      const route = request.method === 'GET' ? routes[url.pathname.slice(prefix.length)] : undefined;
      if (!route) return error(404, 'not-found', `No such endpoint: ${url.pathname}.`);
      dataset ??= load();
      try {
        return await route(url, scenario, await dataset);
      } catch (cause) {
        dataset = undefined; // asked again at the next request
        return error(500, 'server-error', cause instanceof Error ? cause.message : String(cause));
      }
    },
  };
}
