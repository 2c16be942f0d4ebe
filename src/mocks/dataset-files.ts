import annualTrade from '@mock-data/annual-trade.json?url&no-inline';
import meta from '@mock-data/meta.json?url&no-inline';
import periodTrade from '@mock-data/period-trade.json?url&no-inline';
import sanctions from '@mock-data/sanctions.json?url&no-inline';
import settlement from '@mock-data/settlement.json?url&no-inline';
import sources from '@mock-data/sources.json?url&no-inline';
import type { Dataset } from '@/mocks/mock-api';

/** Where the build put each file of `mock-data/` (hashed names, served as static files). */
const urls: Record<keyof Dataset, string> = {
  'annual-trade.json': annualTrade,
  'meta.json': meta,
  'period-trade.json': periodTrade,
  'sanctions.json': sanctions,
  'settlement.json': settlement,
  'sources.json': sources,
};

/**
 * Fetches the mock data files, for the service worker and the in-page fallback, so that neither
 * carries the data in its code (the worker starts sooner, and a larger dataset costs no parsing
 * of script). `fetchFile` is the network's own fetch.
 */
export async function fetchDataset(fetchFile: typeof fetch = fetch): Promise<Dataset> {
  const entries = await Promise.all(
    Object.entries(urls).map(async ([file, url]) => {
      const response = await fetchFile(url);
      if (!response.ok)
        throw new Error(`The mock data file ${file} could not be loaded (${response.status}).`);
      return [file, await response.json()] as const;
    }),
  );
  return Object.fromEntries(entries) as Dataset;
}
