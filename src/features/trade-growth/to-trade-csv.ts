import type { AnnualTrade, ChangeFigure, Figure, PeriodTrade } from '@/api/schemas';
import type { CsvTable } from '@/components/chart-frame/frame-tools';
import { yearInPeriod } from '@/features/trade-growth/to-annual-rows';
import { toMonthlyRows } from '@/features/trade-growth/to-monthly-rows';

type SourceText = (ids: readonly string[]) => string;

const figureHeader = (name: string, unit: string) => [
  `${name} (${unit})`,
  `${name} qualifier`,
  `${name} status`,
];
const figureCells = (figure: Figure | ChangeFigure | null) =>
  figure ? [figure.value, figure.qualifier, figure.status] : [null, null, null];

const header = [
  ...figureHeader('total', 'USD bn'),
  ...figureHeader('China exports to Russia', 'USD bn'),
  ...figureHeader('China imports from Russia', 'USD bn'),
  ...figureHeader('total change', '% y/y'),
  'total change basis',
  ...figureHeader('exports change', '% y/y'),
  'exports change basis',
  ...figureHeader('imports change', '% y/y'),
  'imports change basis',
  'sources',
];

const cells = (row: AnnualTrade | PeriodTrade, sourceText: SourceText) => {
  const figures = [
    row.total,
    row.exports,
    row.imports,
    row.totalChangePct,
    row.exportsChangePct,
    row.importsChangePct,
  ];
  const ids = [...new Set(figures.flatMap((f) => f?.sourceIds ?? []))];
  return [
    ...figureCells(row.total),
    ...figureCells(row.exports),
    ...figureCells(row.imports),
    ...figureCells(row.totalChangePct),
    row.totalChangePct?.basis ?? null,
    ...figureCells(row.exportsChangePct),
    row.exportsChangePct?.basis ?? null,
    ...figureCells(row.importsChangePct),
    row.importsChangePct?.basis ?? null,
    sourceText(ids),
  ];
};

/** The annual chart's rows for the period, exact values as published. */
export const annualCsv = (
  rows: readonly AnnualTrade[],
  from: string,
  to: string,
  sourceText: SourceText,
): CsvTable => ({
  name: 'trade-annual',
  header: ['year', ...header],
  rows: rows
    .filter((row) => yearInPeriod(row.year, from, to))
    .map((row) => [row.year, ...cells(row, sourceText)]),
});

/** The monthly charts' rows for the period: the months drawn, nothing filled in. */
export const monthlyCsv = (
  rows: readonly PeriodTrade[],
  from: string,
  to: string,
  sourceText: SourceText,
): CsvTable => ({
  name: 'trade-monthly',
  header: ['month', ...header],
  rows: toMonthlyRows(rows, from, to).map(({ source }) => [source.start, ...cells(source, sourceText)]),
});
