import { http, HttpResponse } from 'msw';
import { z } from 'zod';
import { ApiRequestError, apiUrl, getJson } from '@/api/client';
import { server } from '@/mocks/node';

const Thing = z.object({ data: z.array(z.object({ n: z.number() })) });
const url = apiUrl('thing');

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
    server.use(http.get(url, () => HttpResponse.json({ data: [{ n: 1 }] })));
    await expect(getJson('thing', Thing)).resolves.toEqual({ data: [{ n: 1 }] });
  });

  it('reports an HTTP failure with the status and the API’s message', async () => {
    server.use(
      http.get(url, () => HttpResponse.json({ error: { code: 'x', message: 'Boom' } }, { status: 500 })),
    );
    const error = await failure(getJson('thing', Thing));
    expect(error).toMatchObject({ kind: 'http', status: 500 });
    expect(error.message).toBe('The data service answered 500: Boom');
  });

  it('reports a non-JSON body', async () => {
    server.use(http.get(url, () => new HttpResponse('<html>', { headers: { 'Content-Type': 'text/html' } })));
    expect(await failure(getJson('thing', Thing))).toMatchObject({ kind: 'not-json' });
  });

  it('names the field at fault when the body breaks the schema', async () => {
    server.use(http.get(url, () => HttpResponse.json({ data: [{ n: 1 }, { n: 'two' }] })));
    const error = await failure(getJson('thing', Thing));
    expect(error).toMatchObject({ kind: 'schema', field: 'data[1].n' });
  });

  it('reports a network failure', async () => {
    server.use(http.get(url, () => HttpResponse.error()));
    expect(await failure(getJson('thing', Thing))).toMatchObject({ kind: 'network' });
  });
});
