import { useRef, type ReactNode } from 'react';
import type { SanctionsEvent } from '@/api/schemas';
import { ChartLayoutContext } from '@/components/chart-parts/chart-layout';
import { formatDate } from '@/lib/format';
import { formatMonth, monthStart } from '@/lib/time';
import { useElementSize } from '@/lib/use-element-size';
import { useHiddenSeries } from '@/store/view-store';
import { SanctionsTimelineChart } from '@/features/sanctions-timeline/sanctions-timeline-chart';
import { SettlementChart } from '@/features/settlement-share/settlement-chart';
import { toSettlementRows } from '@/features/settlement-share/to-settlement-rows';
import { AnnualTradeChart } from '@/features/trade-growth/annual-trade-chart';
import { slideIds, useBriefingStore, type SlideId } from '@/features/briefing/briefing-store';
import { useSlideText } from '@/features/briefing/notes-store';
import { sanctionsPoints, settlementPoints, tradePoints } from '@/features/briefing/talking-points';
import {
  sanctionsBuilds,
  settlementBuilds,
  tradeBuilds,
  type BriefingData,
} from '@/features/briefing/use-briefing-data';

/** The question the briefing answers, on its title slide. */
export const QUESTION = 'Has China–Russia trade outgrown Western sanctions?';

export const slideTitles: Record<SlideId, string> = {
  title: 'Title',
  trade: 'Trade growth',
  settlement: 'Currency settlement',
  sanctions: 'Sanctions pressure',
  summary: 'Summary',
  sources: 'Sources',
};

/** Design width of a chart on the projector: it is drawn this wide and scaled up to fill the slide. */
const PROJECTOR_DESIGN_PX = 860;

/** The takeaway and talking points of each slide, written from the data. */
export function slideStory(slide: SlideId, data: BriefingData) {
  const { from, to } = data;
  switch (slide) {
    case 'trade':
      return tradePoints(data.annual.data?.data ?? [], data.monthly.data?.data ?? [], from, to);
    case 'settlement':
      return settlementPoints(data.settlement.data?.data ?? [], from, to);
    case 'sanctions':
      return sanctionsPoints(data.events, from, to);
    default:
      return null;
  }
}

/** How many build steps each slide has, for the current data. */
export function buildCounts(data: BriefingData): number[] {
  return slideIds.map((slide) => {
    if (slide === 'trade') return tradeBuilds(data.annual.data?.data ?? [], data.from, data.to).length;
    if (slide === 'settlement') return settlementBuilds(data.settlement.data?.data ?? []).length;
    if (slide === 'sanctions') return sanctionsBuilds(data.events, data.from, data.to).length;
    return 1;
  });
}

/**
 * Draws a chart at a design size and scales the vector picture up to fill its box: on the
 * projector every type size and line width grows with the slide (axis labels 24 px at 1080p).
 */
function ProjectorStage({ children, reserve }: { children: ReactNode; reserve: number }) {
  const box = useRef<HTMLDivElement>(null);
  const { width, height } = useElementSize(box);
  const projector = useBriefingStore((s) => s.projector);
  const scale = projector ? Math.max(1, width / PROJECTOR_DESIGN_PX) : 1;
  const design = { width: width / scale, height: height / scale };
  return (
    <div className="slide__chart" ref={box}>
      {width > 0 && (
        <div
          className="slide__chart-scaled"
          style={{ width: design.width, height: design.height, transform: `scale(${String(scale)})` }}
        >
          <ChartLayoutContext value={{ height: Math.max(120, design.height - reserve), narrow: false }}>
            {children}
          </ChartLayoutContext>
        </div>
      )}
    </div>
  );
}

function Takeaway({ slide, fallback }: { slide: SlideId; fallback: string }) {
  const text = useSlideText(slide);
  return <h2 className="slide__takeaway">{text.takeaway?.trim() ? text.takeaway : fallback}</h2>;
}

function Points({ points }: { points: readonly string[] }) {
  return (
    <ul className="slide__points">
      {points.map((point) => (
        <li key={point}>{point}</li>
      ))}
    </ul>
  );
}

const eventLine = (event: SanctionsEvent) =>
  `${event.datePrecision === 'day' ? formatDate(event.date) : event.dateLabel}: ${event.title}`;

function ChartSlide({
  slide,
  step,
  data,
}: {
  slide: 'trade' | 'settlement' | 'sanctions';
  step: number;
  data: BriefingData;
}) {
  const story = slideStory(slide, data);
  const settlementHidden = useHiddenSeries('settlement');
  const { from, to } = data;
  let chart: ReactNode = null;
  let reveal: string | null = null;
  let reserve = 0;
  if (slide === 'trade' && data.annual.data) {
    const builds = tradeBuilds(data.annual.data.data, from, to);
    const until = builds[Math.min(step, builds.length - 1)] ?? Infinity;
    chart = <AnnualTradeChart rows={data.annual.data.data.filter((row) => row.year <= until)} />;
    reserve = 44;
  } else if (slide === 'settlement' && data.settlement.data) {
    const all = data.settlement.data.data;
    const builds = settlementBuilds(all);
    const before = builds[Math.min(step, builds.length - 1)] ?? '9999';
    const rows = toSettlementRows(
      all.filter((row) => row.start < before),
      from,
      to,
    );
    chart = (
      <SettlementChart rows={rows} hidden={settlementHidden.hidden} onToggle={settlementHidden.toggle} />
    );
    reserve = 76;
  } else if (slide === 'sanctions' && data.sanctions.data) {
    const builds = sanctionsBuilds(data.events, from, to);
    const build = builds[Math.min(step, builds.length - 1)];
    chart = <SanctionsTimelineChart events={build?.shown ?? []} />;
    reveal = build?.revealed
      ? eventLine(build.revealed)
      : step === 0
        ? 'Major Western measures, one at a time'
        : null;
  }
  return (
    <div className="slide slide--chart">
      <p className="slide__kicker">{slideTitles[slide]}</p>
      <Takeaway slide={slide} fallback={story?.takeaway ?? slideTitles[slide]} />
      {reveal !== null && (
        <p className="slide__reveal" aria-live="polite">
          {reveal}
        </p>
      )}
      {chart ? (
        <ProjectorStage reserve={reserve}>{chart}</ProjectorStage>
      ) : (
        <p className="slide__chart">Loading the data…</p>
      )}
      <Points points={story?.points ?? []} />
      <p className="slide__footer">
        {formatMonth(monthStart(from))}–{formatMonth(monthStart(to))}
        {data.meta.data && ` · Data as of ${formatDate(data.meta.data.data.asOf)}`}
      </p>
    </div>
  );
}

function TitleSlide({ data }: { data: BriefingData }) {
  return (
    <div className="slide slide--title">
      <p className="slide__kicker">China–Russia trade briefing</p>
      <h2 className="slide__question">{QUESTION}</h2>
      <p className="slide__period">
        {formatMonth(monthStart(data.from))} – {formatMonth(monthStart(data.to))}
      </p>
      <p className="slide__footer">
        {data.meta.data
          ? `Data as of ${formatDate(data.meta.data.data.asOf)} · dataset ${data.meta.data.data.version}`
          : 'Loading the dataset date…'}
      </p>
    </div>
  );
}

function SummaryTakeaway({ slide, data }: { slide: SlideId; data: BriefingData }) {
  const text = useSlideText(slide);
  const fallback = slideStory(slide, data)?.takeaway ?? slideTitles[slide];
  return (
    <li>
      <span className="slide__summary-label">{slideTitles[slide]}</span>
      {text.takeaway?.trim() ? text.takeaway : fallback}
    </li>
  );
}

function SummarySlide({ data }: { data: BriefingData }) {
  return (
    <div className="slide slide--summary">
      <p className="slide__kicker">Summary</p>
      <h2 className="slide__takeaway">{QUESTION}</h2>
      <ol className="slide__summary">
        {(['trade', 'settlement', 'sanctions'] as const).map((slide) => (
          <SummaryTakeaway key={slide} slide={slide} data={data} />
        ))}
      </ol>
      <p className="slide__footer">
        {formatMonth(monthStart(data.from))}–{formatMonth(monthStart(data.to))}
        {data.meta.data && ` · Data as of ${formatDate(data.meta.data.data.asOf)}`}
      </p>
    </div>
  );
}

/** Outlets listed on the sources slide; the rest are counted, and listed on the dashboard. */
const LISTED_OUTLETS = 15;

/** The sources behind the figures on the slides: the primary bodies and the outlets, most cited first. */
function citedSources(data: BriefingData) {
  const ids = new Set<string>();
  const add = (sourceIds: readonly string[]) => sourceIds.forEach((id) => ids.add(id));
  for (const row of data.annual.data?.data ?? []) {
    if (row.year >= Number(data.from.slice(0, 4)) && row.year <= Number(data.to.slice(0, 4))) {
      for (const figure of [row.total, row.exports, row.imports]) if (figure) add(figure.sourceIds);
    }
  }
  for (const row of data.settlement.data?.data ?? []) add(row.sourceIds);
  for (const event of data.events) add(event.sourceIds);
  const cited = (data.sources.data?.data ?? []).filter((source) => ids.has(source.id));
  const ranked = (names: readonly string[]) => {
    const counts = new Map<string, number>();
    for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
    return [...counts.entries()]
      .map(([name, count]) => ({ name, count }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  };
  return {
    total: cited.length,
    outlets: ranked(cited.map((source) => source.publisher)),
    primary: ranked(cited.flatMap((source) => (source.originalPublisher ? [source.originalPublisher] : []))),
  };
}

function SourcesSlide({ data }: { data: BriefingData }) {
  const { total, outlets, primary } = citedSources(data);
  const rest = outlets.length - LISTED_OUTLETS;
  return (
    <div className="slide slide--sources">
      <p className="slide__kicker">Sources</p>
      <h2 className="slide__takeaway">
        {total > 0 ? `${String(total)} sources from ${String(outlets.length)} outlets` : 'Sources'}
      </h2>
      {primary.length > 0 && (
        <p className="slide__primary">
          <strong>Behind the figures:</strong>{' '}
          {primary
            .slice(0, 6)
            .map((body) => body.name)
            .join('; ')}
        </p>
      )}
      <p className="slide__primary">
        <strong>Most cited outlets</strong>
      </p>
      <ul className="slide__sources">
        {outlets.slice(0, LISTED_OUTLETS).map(({ name, count }) => (
          <li key={name}>
            {name} <span className="slide__count">({count})</span>
          </li>
        ))}
      </ul>
      <p className="slide__footer">
        {rest > 0 && `And ${String(rest)} more outlets. `}
        Every figure’s own source is in the dashboard’s tooltips, tables and Sources list.
        {data.meta.data && ` Data as of ${formatDate(data.meta.data.data.asOf)}.`}
      </p>
    </div>
  );
}

/** One slide at one build step. */
export function SlideView({ slide, step, data }: { slide: number; step: number; data: BriefingData }) {
  const id = slideIds[slide] ?? 'title';
  switch (id) {
    case 'title':
      return <TitleSlide data={data} />;
    case 'summary':
      return <SummarySlide data={data} />;
    case 'sources':
      return <SourcesSlide data={data} />;
    default:
      return <ChartSlide slide={id} step={step} data={data} />;
  }
}
