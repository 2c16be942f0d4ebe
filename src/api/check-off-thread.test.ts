import type { CheckRequest } from '@/api/check';

/** Stands in for the checking worker: keeps what the page posts, and answers when told to. */
class FakeWorker extends EventTarget {
  static last: FakeWorker | undefined;
  readonly posted: CheckRequest[] = [];
  constructor() {
    super();
    FakeWorker.last = this;
  }
  postMessage(request: CheckRequest) {
    this.posted.push(request);
  }
  answer(request: CheckRequest, data: unknown) {
    this.dispatchEvent(new MessageEvent('message', { data: { id: request.id, ok: true, data } }));
  }
  fail() {
    this.dispatchEvent(new Event('error'));
  }
}

const sources = { data: [], meta: { version: '1', asOf: '2024-01-01', count: 0 } };

// The module keeps one worker for the page, so each test loads it afresh.
const load = async () => {
  vi.resetModules();
  return import('@/api/check-off-thread');
};

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.last = undefined;
});

describe('checking API bodies off the page', () => {
  it('asks one worker, and gives each caller the answer to its own request', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { checkOffThread, startChecking } = await load();
    startChecking();
    const worker = FakeWorker.last;
    const first = checkOffThread('sources', '{"a":1}');
    const second = checkOffThread('meta', '{"b":2}');
    expect(FakeWorker.last).toBe(worker);
    const [a, b] = worker?.posted ?? [];
    expect([a?.name, b?.name]).toEqual(['sources', 'meta']);
    if (!a || !b) throw new Error('nothing was posted');
    worker?.answer(b, 'second');
    worker?.answer(a, 'first');
    await expect(first).resolves.toEqual({ ok: true, data: 'first' });
    await expect(second).resolves.toEqual({ ok: true, data: 'second' });
  });

  it('checks in the page, losing nothing, when the worker cannot run', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { checkOffThread } = await load();
    const waiting = checkOffThread('sources', JSON.stringify(sources));
    FakeWorker.last?.fail();
    await expect(waiting).resolves.toEqual({ ok: true, data: sources });
    await expect(checkOffThread('sources', '{')).resolves.toEqual({ ok: false, problem: 'not-json' });
    expect(FakeWorker.last?.posted).toHaveLength(1);
  });

  it('checks in the page where there are no workers', async () => {
    vi.stubGlobal('Worker', undefined);
    const { checkOffThread } = await load();
    await expect(
      checkOffThread('sources', JSON.stringify({ ...sources, data: [{}] })),
    ).resolves.toMatchObject({
      ok: false,
      problem: 'schema',
      field: 'data[0].id',
    });
  });
});
