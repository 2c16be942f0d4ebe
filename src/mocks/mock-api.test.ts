import { getJson } from '@/api/client';
import { AnnualTradeResponse, ApiError, MetaResponse, SanctionsResponse } from '@/api/schemas';
import { apiUrl } from '@/api/client';
import { createMockApi, SLOW_MS } from '@/mocks/mock-api';
import { dataset } from '@/mocks/dataset';
import { parseScenario } from '@/mocks/scenarios';

describe('the mocked API', () => {
  it.each([
    ['trade/annual', 'annualTrade'],
    ['trade/monthly', 'periodTrade'],
    ['settlement', 'settlement'],
    ['sanctions', 'sanctions'],
    ['sources', 'sources'],
  ] as const)('GET /api/v1/%s returns schema-valid rows with meta', async (path, name) => {
    const body = await getJson(path, name);
    expect(body.data.length).toBeGreaterThan(0);
    expect(body.meta.count).toBe(body.data.length);
    expect(body.meta.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('GET /api/v1/meta counts every list', async () => {
    const { data } = await getJson('meta', 'meta');
    const sanctions = await getJson('sanctions', 'sanctions');
    expect(data.counts.sanctions).toBe(sanctions.data.length);
    expect(data.counts.annualTrade).toBe(13);
  });

  it('filters sanctions by date range, actor and kind', async () => {
    const all = (await getJson('sanctions', 'sanctions')).data;
    const { data } = await getJson(
      'sanctions?from=2022-01-01&to=2023-12-31&actor=EU&kind=financial',
      'sanctions',
    );
    const expected = all.filter(
      (e) =>
        e.date >= '2022-01-01' &&
        e.date <= '2023-12-31' &&
        e.actors.includes('EU') &&
        e.kinds.includes('financial'),
    );
    expect(data).toEqual(expected);
    expect(data.length).toBeGreaterThan(0);
    expect(data.length).toBeLessThan(all.length);
  });

  it.each([
    'sanctions?actor=NATO',
    'sanctions?kind=embargo',
    'sanctions?from=2024-13-01',
    'sanctions?from=2024-01-01&to=2023-01-01',
    'sanctions?colour=red',
  ])('answers a bad filter (%s) with a 400 JSON error', async (path) => {
    const response = await fetch(apiUrl(path));
    expect(response.status).toBe(400);
    expect(ApiError.safeParse(await response.json()).success).toBe(true);
  });

  it('answers an unknown path with a 404 JSON error', async () => {
    const response = await fetch(apiUrl('trade/weekly'));
    expect(response.status).toBe(404);
    const body = ApiError.parse(await response.json());
    expect(body.error.code).toBe('not-found');
  });
});

describe('the fault scenarios', () => {
  const api = createMockApi('/', () => Promise.resolve(dataset));
  const get = (path: string, scenario: string) =>
    api.respond(new Request(`http://localhost/api/v1/${path}`), parseScenario(`?scenario=${scenario}`));

  it('answers only requests under the API path', () => {
    expect(api.handles(new Request('http://localhost/api/v1/meta'))).toBe(true);
    expect(api.handles(new Request('http://localhost/assets/app.js'))).toBe(false);
  });

  it('plays an error on the endpoint it names and leaves the others alone', async () => {
    const failed = await get('settlement', 'error:settlement');
    expect(failed.status).toBe(500);
    expect(ApiError.parse(await failed.json()).error.code).toBe('server-error');
    expect((await get('trade/annual', 'error:settlement')).status).toBe(200);
  });

  it('answers "offline" with a network error', async () => {
    expect((await get('meta', 'offline')).type).toBe('error');
  });

  it('answers "malformed" with truncated JSON', async () => {
    await expect((await get('trade/annual', 'malformed')).json()).rejects.toThrow();
  });

  it('answers "invalid" with the first row missing its first field', async () => {
    const body = (await (await get('trade/annual', 'invalid')).json()) as { data: Record<string, unknown>[] };
    expect(AnnualTradeResponse.safeParse(body).success).toBe(false);
    expect(body.data[0]).not.toHaveProperty('year');
    expect(body.data[1]).toHaveProperty('year');
  });

  it('answers "empty" lists with no rows but still answers meta', async () => {
    const { data, meta } = SanctionsResponse.parse(await (await get('sanctions', 'empty')).json());
    expect(data).toEqual([]);
    expect(meta.count).toBe(0);
    expect(MetaResponse.safeParse(await (await get('meta', 'empty')).json()).success).toBe(true);
  });

  it('keeps a "slow" answer waiting', async () => {
    vi.useFakeTimers();
    try {
      let settled = false;
      const pending = get('meta', 'slow').then((response) => ((settled = true), response));
      await vi.advanceTimersByTimeAsync(SLOW_MS - 1);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect((await pending).status).toBe(200);
    } finally {
      vi.useRealTimers();
    }
  });
});
