import { delay, http, HttpResponse } from 'msw';
import { z } from 'zod';
import annualTradeJson from '@mock-data/annual-trade.json';
import metaJson from '@mock-data/meta.json';
import periodTradeJson from '@mock-data/period-trade.json';
import sanctionsJson from '@mock-data/sanctions.json';
import settlementJson from '@mock-data/settlement.json';
import sourcesJson from '@mock-data/sources.json';
import { MockFiles, SanctionsQuery, type ApiError, type DatasetMeta } from '@/api/schemas';
import { parseScenario, type Endpoint, type Scenario } from '@/mocks/scenarios';

/**
 * The mocked API over `mock-data/`. The same handlers answer in the browser (service worker or
 * in-page fallback) and in tests (msw/node). Data is parsed with the API schemas before it is
 * served, so the mock can never drift from the contract.
 */

const dataset = {
  meta: MockFiles['meta.json'].parse(metaJson),
  annualTrade: MockFiles['annual-trade.json'].parse(annualTradeJson),
  periodTrade: MockFiles['period-trade.json'].parse(periodTradeJson),
  settlement: MockFiles['settlement.json'].parse(settlementJson),
  sanctions: MockFiles['sanctions.json'].parse(sanctionsJson),
  sources: MockFiles['sources.json'].parse(sourcesJson),
};

const datasetMeta: DatasetMeta = {
  ...dataset.meta,
  counts: {
    annualTrade: dataset.annualTrade.length,
    periodTrade: dataset.periodTrade.length,
    settlement: dataset.settlement.length,
    sanctions: dataset.sanctions.length,
    sources: dataset.sources.length,
  },
};

type Payload = { data: unknown; meta?: { version: string; asOf: string; count: number } };

const list = (data: readonly unknown[]): Payload => ({
  data,
  meta: { version: dataset.meta.version, asOf: dataset.meta.asOf, count: data.length },
});

const error = (status: number, code: string, message: string) =>
  HttpResponse.json({ error: { code, message } } satisfies ApiError, { status });

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
async function answer(scenario: Scenario, endpoint: Endpoint, payload: () => Payload) {
  switch (scenario.get(endpoint)) {
    case 'slow':
      await delay(SLOW_MS);
      break;
    case 'error':
      return error(500, 'server-error', 'The data service failed while answering (scenario “error”).');
    case 'offline':
      return HttpResponse.error();
    case 'malformed':
      return new HttpResponse('{"data": [{"year": 2013, "total": ', {
        headers: { 'Content-Type': 'application/json' },
      });
    case 'invalid':
      return HttpResponse.json(broken(payload()));
    case 'empty': {
      const full = payload();
      if (Array.isArray(full.data)) return HttpResponse.json(list([]));
      break;
    }
    default:
  }
  return HttpResponse.json(payload());
}

const noScenario: () => Scenario = () => new Map();

/**
 * The API's handlers under `base`. `scenarioOf` is asked at each request, so a fault switched on
 * in the address applies from the next request.
 */
export const createHandlers = (base: string, scenarioOf: () => Scenario = noScenario) => {
  const api = `${base}api/v1`;
  return [
    http.get(`${api}/meta`, () => answer(scenarioOf(), 'meta', () => ({ data: datasetMeta }))),
    http.get(`${api}/trade/annual`, () => answer(scenarioOf(), 'annual', () => list(dataset.annualTrade))),
    http.get(`${api}/trade/monthly`, () => answer(scenarioOf(), 'monthly', () => list(dataset.periodTrade))),
    http.get(`${api}/settlement`, () => answer(scenarioOf(), 'settlement', () => list(dataset.settlement))),
    http.get(`${api}/sources`, () => answer(scenarioOf(), 'sources', () => list(dataset.sources))),
    http.get(`${api}/sanctions`, ({ request }) => {
      const result = parseSanctionsQuery(new URL(request.url).searchParams);
      if (!result.ok) return error(400, 'bad-filter', result.message);
      const { from, to, actor, kind } = result.query;
      return answer(scenarioOf(), 'sanctions', () =>
        list(
          dataset.sanctions.filter(
            (event) =>
              (!from || event.date >= from) &&
              (!to || event.date <= to) &&
              (!actor || event.actors.some((a) => actor.includes(a))) &&
              (!kind || event.kinds.some((k) => kind.includes(k))),
          ),
        ),
      );
    }),
    http.all(`${api}/*`, ({ request }) =>
      error(404, 'not-found', `No such endpoint: ${new URL(request.url).pathname}.`),
    ),
  ];
};

/** The handlers the app uses: the fault scenario comes from the page's address, read at each request. */
export const handlers = createHandlers(import.meta.env.BASE_URL, () =>
  typeof window === 'undefined' ? new Map() : parseScenario(window.location.search),
);
