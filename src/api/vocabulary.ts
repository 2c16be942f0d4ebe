/**
 * The API's closed lists of values, as plain arrays for code on the page. The zod schemas that
 * check API data (`schemas.ts`) are built from them; they run in a worker (`check-off-thread.ts`),
 * so the page itself loads no zod.
 */

/** Who acted. `UK-G7` covers the UK and joint G7 measures. */
export const actors = ['US', 'EU', 'UK-G7', 'market', 'context'] as const;
export type Actor = (typeof actors)[number];

export const eventKinds = [
  'financial',
  'export-control',
  'trade',
  'designation',
  'market-response',
  'context',
] as const;
export type EventKind = (typeof eventKinds)[number];

/**
 * Settlement series:
 * - `bilateral-national`: share of Russia–China trade settled in rubles and yuan together;
 * - `bilateral-usd|eur|cny|rub`: one currency's share of Russia–China trade settlements;
 * - `russia-exports-cny` / `russia-imports-cny`: the yuan's share of all of Russia's export or
 *   import settlements (Bank of Russia);
 * - `russia-exports-rub` / `russia-imports-rub` / `russia-exports-usd-eur` / `russia-imports-usd-eur`:
 *   the same for rubles and for dollars plus euros.
 */
export const settlementSeries = [
  'bilateral-national',
  'bilateral-usd',
  'bilateral-eur',
  'bilateral-cny',
  'bilateral-rub',
  'russia-exports-cny',
  'russia-imports-cny',
  'russia-exports-rub',
  'russia-imports-rub',
  'russia-exports-usd-eur',
  'russia-imports-usd-eur',
] as const;
export type SettlementSeries = (typeof settlementSeries)[number];
