import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { settlementQuery } from '@/api/queries';
import { useSourceText } from '@/api/use-source-text';
import type { SettlementObservation } from '@/api/schemas';
import { ChartFrame, ScreenOnly } from '@/components/chart-frame/chart-frame';
import { Segmented } from '@/components/segmented/segmented';
import { useHiddenSeries, usePeriod, useSettlementView, useViewActions } from '@/store/view-store';
import { settlementViews, type SettlementView } from '@/store/view-url';
import { settlementSummary } from '@/features/summaries/chart-summaries';
import { RussiaSettlementChart } from '@/features/settlement-share/russia-settlement-chart';
import { SettlementChart } from '@/features/settlement-share/settlement-chart';
import { SettlementTable } from '@/features/settlement-share/settlement-table';
import { settlementCsv } from '@/features/settlement-share/to-settlement-csv';
import { useStableRows } from '@/features/settlement-share/use-stable-rows';
import {
  inPeriod,
  seriesName,
  settlementFinding,
  shownObservations,
  toSettlementRows,
  yearsCovered,
  type SettlementRows,
  yuanFinding,
  yuanRows,
} from '@/features/settlement-share/to-settlement-rows';

const copy = {
  bilateral: {
    title: 'How China–Russia trade is settled',
    subtitle: 'Share of Russia–China trade settled in rubles and yuan, and the published splits by currency',
    source:
      'Sources: statements by Russian officials, reported by TASS, RIA Novosti, Sputnik, Reuters and others; breakdowns: Bank of Russia data via Oreanda and bne IntelliNews, and Bank of Russia and Federal Customs Service data via Nikkei.',
    hint: 'Hover a point or a column for its source.',
    caption: 'Shares of Russia–China trade settlements shown in the chart',
  },
  russia: {
    title: 'The yuan’s share of Russia’s trade settlements',
    subtitle: 'Yuan’s share of all of Russia’s export and import settlements, every partner',
    source:
      'Source: Bank of Russia data, as reported by CGTN/RT, RBC, TASS, BOFIT (Bank of Finland), Reuters (Governor Nabiullina) and The Moscow Times.',
    hint: 'Hover a point for its source.',
    caption: 'Yuan shares of Russia’s settlements shown in the chart',
  },
} as const satisfies Record<SettlementView, Record<string, string>>;

const viewLabels: Record<SettlementView, string> = {
  bilateral: 'Russia–China trade',
  russia: 'All Russian trade',
};

const yearsOf = (from: string, to: string) =>
  from.slice(0, 4) === to.slice(0, 4) ? from.slice(0, 4) : `${from.slice(0, 4)}–${to.slice(0, 4)}`;

/** Derived figures the notes name one by one; beyond this many they are counted. */
const NAMED_DERIVED = 8;

const derivedText = (derived: readonly SettlementObservation[]) => {
  const named = derived.slice(0, NAMED_DERIVED).map((row) => `${seriesName[row.series]} (${row.label})`);
  const rest = derived.length - named.length;
  return rest > 0 ? `${named.join('; ')}; and ${rest} more, listed in the table` : named.join('; ');
};

function Notes({ view, shown }: { view: SettlementView; shown: readonly SettlementObservation[] }) {
  const derived = shown.filter((row) => row.status === 'derived');
  return (
    <>
      {view === 'bilateral' ? (
        <p>
          Russia publishes no official bilateral currency breakdown; post-2022 figures are official
          statements, not statistics.
        </p>
      ) : (
        <p>These are shares of Russia’s settlements with all its partners, not with China alone.</p>
      )}
      <p>
        Each point is one published figure; points are not joined, because nothing was published between them.
        A horizontal line marks the period a figure covers; ranges and “more than” figures are shown as
        published.
      </p>
      {derived.length > 0 && (
        <p>
          Derived, not published: {derivedText(derived)}.<ScreenOnly> The tooltip says how.</ScreenOnly>
        </p>
      )}
    </>
  );
}

const noRows: readonly SettlementObservation[] = [];

/** True when a view has no point or column to draw in the period, whatever the legend hides. */
const nothingToDraw = (rows: SettlementRows, view: SettlementView) =>
  view === 'bilateral'
    ? rows.statements.length === 0 && rows.breakdowns.length === 0
    : rows.russia.exports.length === 0 && rows.russia.imports.length === 0;

/** Currency settlement: the shares of trade settled in rubles and yuan, in its frame. */
export function SettlementSharePanel() {
  const { from, to } = usePeriod();
  const view = useSettlementView();
  const { settlementViewChanged, seriesToggled } = useViewActions();
  const { hidden: hiddenNow } = useHiddenSeries('settlement');
  const onToggle = useCallback((key: string) => seriesToggled('settlement', key), [seriesToggled]);
  // The store hands over a new set on every render; one per legend state lets the charts skip redraws.
  const hiddenKey = [...hiddenNow].join();
  const hidden = useMemo<ReadonlySet<string>>(
    () => new Set(hiddenKey ? hiddenKey.split(',') : []),
    [hiddenKey],
  );
  const settlement = useQuery(settlementQuery());
  const sourceText = useSourceText();
  const all = settlement.data?.data ?? noRows;
  // The rows are worked out once per period; the frame's parts ask for them with the same data.
  const rows = useStableRows(useMemo(() => toSettlementRows(all, from, to), [all, from, to]));
  const rowsOf = (data: readonly SettlementObservation[]) =>
    data === all ? rows : toSettlementRows(data, from, to);
  const shown = useMemo(() => shownObservations(rows, view, hidden), [rows, view, hidden]);
  const shownOf = (data: readonly SettlementObservation[]) =>
    data === all ? shown : shownObservations(rowsOf(data), view, hidden);
  const yuanYears = yearsCovered(yuanRows(all));
  const years =
    view === 'russia'
      ? (yearsCovered(yuanRows(all).filter((row) => inPeriod(row, from, to))) ?? yearsOf(from, to))
      : yearsOf(from, to);
  const title = (view === 'bilateral' ? settlementFinding(all) : yuanFinding(all)) ?? copy[view].title;

  return (
    <ChartFrame
      id={view === 'bilateral' ? 'settlement' : 'settlement-russia'}
      title={title}
      subtitle={`${copy[view].subtitle}, % of settlements, ${years}`}
      actions={
        <Segmented
          label="Settlement shares of"
          options={settlementViews.map((value) => ({ value, label: viewLabels[value] }))}
          value={view}
          onChange={settlementViewChanged}
        />
      }
      query={settlementQuery()}
      isEmpty={(data) => nothingToDraw(rowsOf(data.data), view)}
      emptyMessage={
        view === 'russia' && yuanYears
          ? `No Bank of Russia yuan shares fall in the chosen period; they cover ${yuanYears}.`
          : 'No settlement shares fall in the chosen period. Widen the period.'
      }
      source={
        <>
          {copy[view].source} <ScreenOnly>{copy[view].hint}</ScreenOnly>
        </>
      }
      notes={<Notes view={view} shown={shown} />}
      summary={(data) => settlementSummary(data.data, from, to, view)}
      csv={(data) => settlementCsv(shownOf(data.data), view, sourceText)}
      table={(data) => <SettlementTable rows={shownOf(data.data)} caption={copy[view].caption} />}
    >
      {(data) =>
        view === 'bilateral' ? (
          <SettlementChart rows={rowsOf(data.data)} hidden={hidden} onToggle={onToggle} />
        ) : (
          <RussiaSettlementChart rows={rowsOf(data.data)} hidden={hidden} onToggle={onToggle} />
        )
      }
    </ChartFrame>
  );
}
