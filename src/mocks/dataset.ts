import annualTrade from '@mock-data/annual-trade.json';
import meta from '@mock-data/meta.json';
import periodTrade from '@mock-data/period-trade.json';
import sanctions from '@mock-data/sanctions.json';
import settlement from '@mock-data/settlement.json';
import sources from '@mock-data/sources.json';
import { MockFiles } from '@/api/schemas';
import type { Dataset } from '@/mocks/mock-api';

/** `mock-data/`, bundled and checked against the API schemas (for tests and the bench's baseline). */
export const dataset: Dataset = {
  'annual-trade.json': MockFiles['annual-trade.json'].parse(annualTrade),
  'meta.json': MockFiles['meta.json'].parse(meta),
  'period-trade.json': MockFiles['period-trade.json'].parse(periodTrade),
  'sanctions.json': MockFiles['sanctions.json'].parse(sanctions),
  'settlement.json': MockFiles['settlement.json'].parse(settlement),
  'sources.json': MockFiles['sources.json'].parse(sources),
};
