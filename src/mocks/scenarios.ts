/**
 * Fault scenarios the mocked API can play, switched on from the page's address for demos and
 * tests: `?scenario=slow` for every endpoint, `?scenario=error:settlement` for one, or several
 * at once: `?scenario=error:settlement,slow:sanctions`.
 */
export const faults = ['slow', 'error', 'offline', 'malformed', 'invalid', 'empty'] as const;
export type Fault = (typeof faults)[number];

export const endpoints = ['meta', 'annual', 'monthly', 'settlement', 'sanctions', 'sources'] as const;
export type Endpoint = (typeof endpoints)[number];

/** Names a reader may use for a group of endpoints. */
const groups: Record<string, readonly Endpoint[]> = { trade: ['annual', 'monthly'] };

export type Scenario = ReadonlyMap<Endpoint, Fault>;

const isFault = (value: string): value is Fault => (faults as readonly string[]).includes(value);
const isEndpoint = (value: string): value is Endpoint => (endpoints as readonly string[]).includes(value);

/** Reads the scenario from a query string; parts it does not know are ignored. */
export function parseScenario(search: string): Scenario {
  const scenario = new Map<Endpoint, Fault>();
  const raw = new URLSearchParams(search).get('scenario');
  for (const part of raw?.split(',') ?? []) {
    const [fault = '', target] = part.trim().split(':');
    if (!isFault(fault)) continue;
    const targets =
      target === undefined ? endpoints : (groups[target] ?? (isEndpoint(target) ? [target] : []));
    for (const endpoint of targets) scenario.set(endpoint, fault);
  }
  return scenario;
}
