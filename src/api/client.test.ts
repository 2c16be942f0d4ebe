import { http, HttpResponse } from 'msw';
import { ApiRequestError, apiUrl, getJson } from '@/api/client';
import { server } from '@/mocks/node';

const url = apiUrl('thing');
const meta = { version: '1', asOf: '2024-01-01', count: 1 };
const source = { id: 'gacc', publisher: 'GACC', title: 'Customs release', url: null, backs: 'trade' };

const failure = async (promise: Promise<unknown>) => {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiRequestError);
  return error as ApiRequestError;
};

describe('getJson', () => {
  it('parses a valid body', async () => {
    server.use(http.get(url, () => HttpResponse.json({ data: [source], meta })));
    await expect(getJson('thing', 'sources')).resolves.toEqual({ data: [source], meta });
  });

  it('reports an HTTP failure with the status and the API’s message', async () => {
    server.use(
      http.get(url, () => HttpResponse.json({ error: { code: 'x', message: 'Boom' } }, { status: 500 })),
    );
    const error = await failure(getJson('thing', 'sources'));
    expect(error).toMatchObject({ kind: 'http', status: 500 });
    expect(error.message).toBe('The data service answered 500: Boom');
  });

  it('reports a non-JSON body', async () => {
    server.use(http.get(url, () => new HttpResponse('<html>', { headers: { 'Content-Type': 'text/html' } })));
    expect(await failure(getJson('thing', 'sources'))).toMatchObject({ kind: 'not-json' });
  });

  it('names the field at fault when the body breaks the schema', async () => {
    server.use(http.get(url, () => HttpResponse.json({ data: [source, { ...source, id: 2 }], meta })));
    const error = await failure(getJson('thing', 'sources'));
    expect(error).toMatchObject({ kind: 'schema', field: 'data[1].id' });
  });

  it('reports a network failure', async () => {
    server.use(http.get(url, () => HttpResponse.error()));
    expect(await failure(getJson('thing', 'sources'))).toMatchObject({ kind: 'network' });
  });
});
