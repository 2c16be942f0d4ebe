import { actors, eventKinds, settlementSeries } from '@/api/vocabulary';
import { z } from '@/api/zod';

/**
 * The API contract. Every type the front end uses for API data is inferred from these schemas;
 * the same schemas check each API response (in a worker, `check-off-thread.ts`), validate
 * `mock-data/` in tests and are written out as JSON Schema (`npm run schema`) for anyone
 * implementing a real backend.
 */

/** How firm a figure is: mirrors the Status column of the fact sheet. */
export const Status = z.enum(['reported', 'derived', 'statement', 'conflicting', 'unconfirmed']);
export type Status = z.infer<typeof Status>;

/** How a published figure was worded: "≈68", ">90%", "about 2–3%", "almost 16%". */
export const Qualifier = z.enum(['exact', 'approx', 'over', 'under', 'range']);
export type Qualifier = z.infer<typeof Qualifier>;

const SourceId = z.string().regex(/^[a-z0-9-]+$/, 'source ids are kebab-case');
const YearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected YYYY-MM');
const IsoDate = z.iso.date();

/** Provenance every data point carries. */
const Provenance = z.object({
  status: Status,
  sourceIds: z.array(SourceId).min(1),
  /** How a derived figure was computed from reported ones. Required when status is `derived`. */
  derivation: z.string().min(1).optional(),
  /** Caveats a reader must see next to the figure. */
  note: z.string().min(1).optional(),
});

const requireDerivation = (
  value: { status: Status; derivation?: string | undefined },
  ctx: z.RefinementCtx,
) => {
  if (value.status === 'derived' && !value.derivation) {
    ctx.addIssue({
      code: 'custom',
      path: ['derivation'],
      message: 'a derived figure must say how it was derived',
    });
  }
};

const requireHighForRange = (
  value: { qualifier: Qualifier; value: number; high?: number | undefined },
  ctx: z.RefinementCtx,
) => {
  if (value.qualifier === 'range' && (value.high === undefined || value.high <= value.value)) {
    ctx.addIssue({
      code: 'custom',
      path: ['high'],
      message: 'a range needs a high end above its value',
    });
  }
};

/** One number with its provenance. Money is USD billions unless a field says otherwise. */
export const Figure = Provenance.extend({
  value: z.number(),
  qualifier: Qualifier.default('exact'),
  /** Upper end when `qualifier` is `range`. */
  high: z.number().optional(),
})
  .superRefine(requireDerivation)
  .superRefine(requireHighForRange);
export type Figure = z.infer<typeof Figure>;

/** A percentage change, with the currency it was measured in (yuan-terms changes differ). */
export const ChangeFigure = Provenance.extend({
  value: z.number(),
  qualifier: Qualifier.default('exact'),
  high: z.number().optional(),
  basis: z.enum(['USD', 'CNY']),
})
  .superRefine(requireDerivation)
  .superRefine(requireHighForRange);
export type ChangeFigure = z.infer<typeof ChangeFigure>;

/** Annual China–Russia goods trade, USD billions, Chinese customs (GACC) basis. */
export const AnnualTrade = z.object({
  year: z.number().int().min(1990).max(2100),
  /** China's exports to Russia plus China's imports from Russia. */
  total: Figure,
  /** China's exports to Russia; null where no dollar split is published. */
  exports: Figure.nullable(),
  /** China's imports from Russia; null where no dollar split is published. */
  imports: Figure.nullable(),
  totalChangePct: ChangeFigure.nullable(),
  exportsChangePct: ChangeFigure.nullable(),
  importsChangePct: ChangeFigure.nullable(),
});
export type AnnualTrade = z.infer<typeof AnnualTrade>;

/**
 * Trade for one month (`kind: 'month'`, start = end) or a year-to-date total as GACC reports it
 * (`kind: 'cumulative'`, e.g. Jan–Apr). Year-on-year changes compare with the same period a year
 * earlier. Missing figures are null, never interpolated.
 */
export const PeriodTrade = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    kind: z.enum(['month', 'cumulative']),
    start: YearMonth,
    end: YearMonth,
    /** As a reader says it: "Mar 2024", "Jan–Apr 2024", "H1 2023". */
    label: z.string().min(1),
    total: Figure.nullable(),
    exports: Figure.nullable(),
    imports: Figure.nullable(),
    totalChangePct: ChangeFigure.nullable(),
    exportsChangePct: ChangeFigure.nullable(),
    importsChangePct: ChangeFigure.nullable(),
  })
  .superRefine((row, ctx) => {
    if (row.start > row.end) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'end is before start' });
    }
    if (row.kind === 'month' && row.start !== row.end) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'a month starts and ends in the same month' });
    }
  });
export type PeriodTrade = z.infer<typeof PeriodTrade>;

export const SettlementSeries = z.enum(settlementSeries);
export type SettlementSeries = z.infer<typeof SettlementSeries>;

/** One published share, in percent, for the period or the day it describes. */
export const SettlementObservation = Provenance.extend({
  id: z.string().regex(/^[a-z0-9-]+$/),
  series: SettlementSeries,
  /** First and last day the figure describes; equal for a figure stated about "now". */
  start: IsoDate,
  end: IsoDate,
  /** As a reader says it: "Q1 2020", "20 Nov 2023". */
  label: z.string().min(1),
  value: z.number().min(0).max(100),
  qualifier: Qualifier.default('exact'),
  high: z.number().min(0).max(100).optional(),
  /** Who said it, for official statements. */
  speaker: z.string().min(1).optional(),
  /** The speaker's office at the time. */
  speakerRole: z.string().min(1).optional(),
})
  .superRefine(requireDerivation)
  .superRefine(requireHighForRange);
export type SettlementObservation = z.infer<typeof SettlementObservation>;

export const Actor = z.enum(actors);
export type Actor = z.infer<typeof Actor>;

export const EventKind = z.enum(eventKinds);
export type EventKind = z.infer<typeof EventKind>;

/** A sanctions measure, a market response to one, or a context event. */
export const SanctionsEvent = Provenance.extend({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The day the measure was announced (or the first day of the month/season it is dated to). */
  date: IsoDate,
  /** How exactly the date is known; `month` and `season` dates are not to be read as days. */
  datePrecision: z.enum(['day', 'month', 'season']),
  /** The date as the source gives it: "2024-02-07", "June 2023", "Summer 2024". */
  dateLabel: z.string().min(1),
  actors: z.array(Actor).min(1),
  kinds: z.array(EventKind).min(1),
  title: z.string().min(1).max(120),
  summary: z.string().min(1),
  /** Major measures are drawn as markers on the trade and settlement charts by default. */
  major: z.boolean(),
}).superRefine(requireDerivation);
export type SanctionsEvent = z.infer<typeof SanctionsEvent>;

export const Source = z.object({
  id: SourceId,
  /** The outlet cited. */
  publisher: z.string().min(1),
  /** The statistics office, ministry or person the outlet reports, when it is not the outlet. */
  originalPublisher: z.string().min(1).optional(),
  /** What the cited piece is, in a few words. */
  title: z.string().min(1),
  /** Null where the fact sheet names the outlet but no address. */
  url: z.url({ protocol: /^https?$/ }).nullable(),
  /** What this source backs in the data. */
  backs: z.string().min(1),
  /** A weakness a reader should know about (a repost, a garbled release). */
  caveat: z.string().min(1).optional(),
});
export type Source = z.infer<typeof Source>;

export const DatasetMeta = z.object({
  /** Dataset version, bumped whenever a figure changes. */
  version: z.string().min(1),
  /** Date of the newest figure in the dataset. */
  asOf: IsoDate,
  title: z.string().min(1),
  counts: z.object({
    annualTrade: z.number().int().nonnegative(),
    periodTrade: z.number().int().nonnegative(),
    settlement: z.number().int().nonnegative(),
    sanctions: z.number().int().nonnegative(),
    sources: z.number().int().nonnegative(),
  }),
});
export type DatasetMeta = z.infer<typeof DatasetMeta>;

/** Meta every list response carries. */
export const ListMeta = z.object({
  version: z.string().min(1),
  asOf: IsoDate,
  count: z.number().int().nonnegative(),
});
export type ListMeta = z.infer<typeof ListMeta>;

const envelope = <T extends z.ZodType>(row: T) => z.object({ data: z.array(row), meta: ListMeta });

export const AnnualTradeResponse = envelope(AnnualTrade);
export const PeriodTradeResponse = envelope(PeriodTrade);
export const SettlementResponse = envelope(SettlementObservation);
export const SanctionsResponse = envelope(SanctionsEvent);
export const SourcesResponse = envelope(Source);
export const MetaResponse = z.object({ data: DatasetMeta });

/** The body of every 4xx/5xx answer. */
export const ApiError = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});
export type ApiError = z.infer<typeof ApiError>;

/** Every body the page checks, by name: the name crosses to the checking worker, the schema cannot. */
export const Responses = {
  meta: MetaResponse,
  annualTrade: AnnualTradeResponse,
  periodTrade: PeriodTradeResponse,
  settlement: SettlementResponse,
  sanctions: SanctionsResponse,
  sources: SourcesResponse,
  apiError: ApiError,
} as const;
export type ResponseName = keyof typeof Responses;
export type ResponseBody<Name extends ResponseName> = z.infer<(typeof Responses)[Name]>;

/** Query parameters `GET /api/v1/sanctions` accepts: comma-separated lists for actor and kind. */
export const SanctionsQuery = z
  .object({
    from: IsoDate.optional(),
    to: IsoDate.optional(),
    actor: z.array(Actor).optional(),
    kind: z.array(EventKind).optional(),
  })
  .superRefine((query, ctx) => {
    if (query.from && query.to && query.from > query.to) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: '`to` is before `from`' });
    }
  });
export type SanctionsQuery = z.infer<typeof SanctionsQuery>;

/** Files under `mock-data/`, each checked against its schema in tests. */
export const MockFiles = {
  'annual-trade.json': z.array(AnnualTrade),
  'period-trade.json': z.array(PeriodTrade),
  'settlement.json': z.array(SettlementObservation),
  'sanctions.json': z.array(SanctionsEvent),
  'sources.json': z.array(Source),
  'meta.json': DatasetMeta.omit({ counts: true }),
} as const;
