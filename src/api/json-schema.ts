import { z } from '@/api/zod';
import {
  AnnualTradeResponse,
  ApiError,
  MetaResponse,
  PeriodTradeResponse,
  SanctionsResponse,
  SettlementResponse,
  SourcesResponse,
} from '@/api/schemas';

/** Each endpoint's response body, by the JSON Schema file it is written to. */
const contract = {
  'trade-annual.schema.json': { schema: AnnualTradeResponse, endpoint: 'GET /api/v1/trade/annual' },
  'trade-monthly.schema.json': { schema: PeriodTradeResponse, endpoint: 'GET /api/v1/trade/monthly' },
  'settlement.schema.json': { schema: SettlementResponse, endpoint: 'GET /api/v1/settlement' },
  'sanctions.schema.json': {
    schema: SanctionsResponse,
    endpoint: 'GET /api/v1/sanctions?from=YYYY-MM-DD&to=YYYY-MM-DD&actor=US,EU&kind=financial,trade',
  },
  'sources.schema.json': { schema: SourcesResponse, endpoint: 'GET /api/v1/sources' },
  'meta.schema.json': { schema: MetaResponse, endpoint: 'GET /api/v1/meta' },
  'error.schema.json': { schema: ApiError, endpoint: 'any 4xx or 5xx answer' },
} as const;

/** The API contract as JSON Schema files (what a real backend must accept from us to send). */
export function jsonSchemaFiles(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(contract).map(([file, { schema, endpoint }]) => [
      file,
      `${JSON.stringify({ ...z.toJSONSchema(schema, { io: 'input' }), title: endpoint }, null, 2)}\n`,
    ]),
  );
}
