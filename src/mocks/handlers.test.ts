import { getJson } from '@/api/client';
import {
  AnnualTradeResponse,
  ApiError,
  MetaResponse,
  PeriodTradeResponse,
  SanctionsResponse,
  SettlementResponse,
  SourcesResponse,
} from '@/api/schemas';
import { apiUrl } from '@/api/client';

describe('the mocked API', () => {
  it.each([
    ['trade/annual', AnnualTradeResponse],
    ['trade/monthly', PeriodTradeResponse],
    ['settlement', SettlementResponse],
    ['sanctions', SanctionsResponse],
    ['sources', SourcesResponse],
  ] as const)('GET /api/v1/%s returns schema-valid rows with meta', async (path, schema) => {
    const body = await getJson(path, schema);
    expect(body.data.length).toBeGreaterThan(0);
    expect(body.meta.count).toBe(body.data.length);
    expect(body.meta.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('GET /api/v1/meta counts every list', async () => {
    const { data } = await getJson('meta', MetaResponse);
    const sanctions = await getJson('sanctions', SanctionsResponse);
    expect(data.counts.sanctions).toBe(sanctions.data.length);
    expect(data.counts.annualTrade).toBe(13);
  });

  it('filters sanctions by date range, actor and kind', async () => {
    const all = (await getJson('sanctions', SanctionsResponse)).data;
    const { data } = await getJson(
      'sanctions?from=2022-01-01&to=2023-12-31&actor=EU&kind=financial',
      SanctionsResponse,
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
