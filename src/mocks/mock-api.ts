import { z } from 'zod';
import annualTradeJson from '@mock-data/annual-trade.json';
import metaJson from '@mock-data/meta.json';
import periodTradeJson from '@mock-data/period-trade.json';
import sanctionsJson from '@mock-data/sanctions.json';
import settlementJson from '@mock-data/settlement.json';
import sourcesJson from '@mock-data/sources.json';
import { SanctionsQuery, type ApiError, type DatasetMeta } from '@/api/schemas';
import type { Endpoint, Scenario } from '@/mocks/scenarios';

/**
 * The mocked API over `mock-data/`, in plain Fetch API terms so that one implementation answers
 * everywhere: in the browser's service worker, in the page when no service worker can run, and
 * in tests through msw/node. The files are checked against the API schemas by the tests
 * (`mock-data.test.ts`), not here, so the service worker starts without parsing them.
 */

const dataset = {
  annualTrade: annualTradeJson,
  periodTrade: periodTradeJson,
  settlement: settlementJson,
  sanctions: sanctionsJson,
  sources: sourcesJson,
};

const datasetMeta = {
  ...metaJson,
  counts: {
    annualTrade: dataset.annualTrade.length,
    periodTrade: dataset.periodTrade.length,
    settlement: dataset.settlement.length,
    sanctions: dataset.sanctions.length,
    sources: dataset.sources.length,
  },
} satisfies DatasetMeta;

type Payload = { data: unknown; meta?: { version: string; asOf: string; count: number } };

const list = (data: readonly unknown[]): Payload => ({
  data,
  meta: { version: metaJson.version, asOf: metaJson.asOf, count: data.length },
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
      const full = payload();
      if (Array.isArray(full.data)) return Response.json(list([]));
      break;
    }
    default:
  }
  return Response.json(payload());
}

function sanctions(url: URL, scenario: Scenario) {
  const result = parseSanctionsQuery(url.searchParams);
  if (!result.ok) return Promise.resolve(error(400, 'bad-filter', result.message));
  const { from, to, actor, kind } = result.query;
  return answer(scenario, 'sanctions', () =>
    list(
      dataset.sanctions.filter(
        (event) =>
          (!from || event.date >= from) &&
          (!to || event.date <= to) &&
          (!actor || event.actors.some((a) => (actor as readonly string[]).includes(a))) &&
          (!kind || event.kinds.some((k) => (kind as readonly string[]).includes(k))),
      ),
    ),
  );
}

export type MockApi = {
  /** Whether the request is for the API (decided at once: a service worker must know synchronously). */
  handles: (request: Request) => boolean;
  /** The API's answer; `scenario` is the fault, if any, to play. */
  respond: (request: Request, scenario: Scenario) => Promise<Response>;
};

/** The API at `${base}api/v1/`, where `base` is the path the app is deployed under. */
export function createMockApi(base: string): MockApi {
  const prefix = `${base}api/v1/`;
  const routes: Record<string, (url: URL, scenario: Scenario) => Promise<Response>> = {
    meta: (_, scenario) => answer(scenario, 'meta', () => ({ data: datasetMeta })),
    'trade/annual': (_, scenario) => answer(scenario, 'annual', () => list(dataset.annualTrade)),
    'trade/monthly': (_, scenario) => answer(scenario, 'monthly', () => list(dataset.periodTrade)),
    settlement: (_, scenario) => answer(scenario, 'settlement', () => list(dataset.settlement)),
    sources: (_, scenario) => answer(scenario, 'sources', () => list(dataset.sources)),
    sanctions,
  };
  return {
    handles: (request) => new URL(request.url).pathname.startsWith(prefix),
    respond: (request, scenario) => {
      const url = new URL(request.url);
      const route = request.method === 'GET' ? routes[url.pathname.slice(prefix.length)] : undefined;
      return route
        ? route(url, scenario)
        : Promise.resolve(error(404, 'not-found', `No such endpoint: ${url.pathname}.`));
    },
  };
}
