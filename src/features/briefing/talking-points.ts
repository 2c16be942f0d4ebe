import type {
  AnnualTrade,
  ChangeFigure,
  Figure,
  PeriodTrade,
  SanctionsEvent,
  SettlementObservation,
} from '@/api/schemas';
import { formatChange, formatShare, formatUsdBillions } from '@/lib/format';
import { formatMonth, monthStart } from '@/lib/time';
import { eventDateText } from '@/features/sanctions-timeline/event-text';
import { isMeasure, PRESSURE_SINCE, timelineFinding } from '@/features/sanctions-timeline/to-timeline-rows';
import {
  calloutStatement,
  inPeriod,
  settlementFinding,
  toBreakdowns,
} from '@/features/settlement-share/to-settlement-rows';
import { annualFinding, yearInPeriod } from '@/features/trade-growth/to-annual-rows';
import { monthlyFinding } from '@/features/trade-growth/to-monthly-rows';

/**
 * What a briefing slide says about its chart: a one-line takeaway and two or three sentences a
 * presenter can read aloud. Every figure comes from the rows passed in; a point the data cannot
 * back is left out rather than filled in.
 */
export type TalkingPoints = { takeaway: string; points: string[] };

/** The years the trade slide calls out as its step; the text takes its figures from their rows. */
const STEP_YEARS = { before: 2022, after: 2023 } as const;

const money = (figure: Figure) => formatUsdBillions(figure.value, figure.qualifier, figure.high);

const share = (row: Pick<SettlementObservation, 'value' | 'qualifier' | 'high'>) =>
  formatShare(row.value, row.qualifier, row.high);

/** A change's size without its sign, as said aloud: "26.3%", "about 16%", "3–5% in yuan terms". */
function changeSize(change: ChangeFigure): string {
  const size = Math.abs(change.value);
  const text =
    change.qualifier === 'range' && change.high !== undefined
      ? formatShare(Math.min(size, Math.abs(change.high)), 'range', Math.max(size, Math.abs(change.high)))
      : change.qualifier === 'approx'
        ? `about ${formatChange(size)}`
        : formatChange(size, change.qualifier);
  return `${text.replace('+', '')}${change.basis === 'CNY' ? ' in yuan terms' : ''}`;
}

/** ", up 26.3%" from a reported change; nothing when no change is published. */
const changeClause = (change: ChangeFigure | null) =>
  change ? `, ${change.value < 0 ? 'down' : 'up'} ${changeSize(change)}` : '';

/** A published label inside a sentence: "About 1 Oct 2024" reads "about 1 Oct 2024". */
const inline = (label: string) =>
  /^(About|Early|End|Late|Mid|Spring|Summer|Autumn|Winter)\b/.test(label)
    ? `${label.charAt(0).toLowerCase()}${label.slice(1)}`
    : label;

/** A headline or title as the end of a sentence. */
const sentence = (text: string) => (/[.!?…]$/.test(text) ? text : `${text}.`);

const monthText = (month: string) => formatMonth(monthStart(month));

/** The 2022 → 2023 step, with the change reported for 2023 when there is one. */
function stepPoint(rows: readonly AnnualTrade[]): string | undefined {
  const before = rows.find((row) => row.year === STEP_YEARS.before);
  const after = rows.find((row) => row.year === STEP_YEARS.after);
  if (!before || !after) return undefined;
  const difference = after.total.value - before.total.value;
  const verb = difference > 0 ? 'rose' : difference < 0 ? 'fell' : 'held steady';
  return `Trade ${verb} from ${money(before.total)} in ${before.year} to ${money(after.total)} in ${after.year}${changeClause(after.totalChangePct)}.`;
}

/** The peak year and where the latest year ended, flagging a latest year with no published split. */
function peakPoint(rows: readonly AnnualTrade[]): string | undefined {
  const [first, ...rest] = rows;
  if (!first) return undefined;
  const peak = rest.reduce((best, row) => (row.total.value > best.total.value ? row : best), first);
  const latest = rest.reduce((last, row) => (row.year > last.year ? row : last), first);
  const unsplit =
    latest.exports && latest.imports ? '' : ', with no published split into exports and imports';
  if (latest === peak) {
    return rows.length > 1
      ? `Trade peaked at ${money(peak.total)} in ${peak.year}, the latest year shown${unsplit}.`
      : `Trade came to ${money(peak.total)} in ${peak.year}${unsplit}.`;
  }
  return `Trade peaked at ${money(peak.total)} in ${peak.year}; in ${latest.year} it came to ${money(latest.total)}${changeClause(latest.totalChangePct)}${unsplit}.`;
}

/**
 * The trade slide. The takeaway is the annual chart's title (found from all years, as on the
 * dashboard); the points cover only the years and months inside the period `from`–`to` (`YYYY-MM`).
 */
export function tradePoints(
  annual: readonly AnnualTrade[],
  monthly: readonly PeriodTrade[],
  from: string,
  to: string,
): TalkingPoints {
  const years = annual.filter((row) => yearInPeriod(row.year, from, to));
  const months = monthly.filter((row) => row.start >= from && row.start <= to);
  const marked = monthlyFinding(months);
  return {
    takeaway: annualFinding(annual) ?? 'China–Russia goods trade as Chinese customs report it',
    points: [stepPoint(years), peakPoint(years), marked && sentence(marked)].filter(
      (point): point is string => point !== undefined,
    ),
  };
}

/** When a share was published, inside a sentence: "on 16 May 2024", "in Q1 2020". */
const shareWhen = (row: SettlementObservation) =>
  `${row.start === row.end ? 'on' : 'in'} ${inline(row.label)}`;

const earliest = (rows: readonly SettlementObservation[]) =>
  rows.reduce<SettlementObservation | undefined>(
    (best, row) => (!best || row.start < best.start ? row : best),
    undefined,
  );

const latest = (rows: readonly SettlementObservation[]) =>
  rows.reduce<SettlementObservation | undefined>(
    (best, row) =>
      !best || row.end > best.end || (row.end === best.end && row.start > best.start) ? row : best,
    undefined,
  );

/** The middle of a published share or range, to say which way the share moved. */
const middle = (row: SettlementObservation) => (row.value + (row.high ?? row.value)) / 2;

function calloutPoint(national: readonly SettlementObservation[]): string | undefined {
  const row = national.find((r) => r.start === calloutStatement.start);
  if (!row) return undefined;
  const what = `the share of China–Russia trade settled in rubles and yuan at ${share(row)} ${shareWhen(row)}`;
  if (!row.speaker) return `Published figures put ${what}.`;
  const who = row.speakerRole ? `${row.speakerRole} ${row.speaker}` : row.speaker;
  return `${who} put ${what}.`;
}

function spanPoint(national: readonly SettlementObservation[]): string | undefined {
  const first = earliest(national);
  const last = latest(national);
  if (!first || !last || first === last) return undefined;
  const difference = middle(last) - middle(first);
  const verb = difference > 0 ? 'rose' : difference < 0 ? 'fell' : 'held';
  return `The share settled in rubles and yuan ${verb} from ${share(first)} in ${inline(first.label)} to ${share(last)} by ${inline(last.label)}.`;
}

function dollarPoint(rows: readonly SettlementObservation[], from: string, to: string): string | undefined {
  const [breakdown] = toBreakdowns(rows, from, to);
  if (!breakdown) return undefined;
  const { usd, cny, rub } = breakdown.figures;
  return `In ${inline(breakdown.label)} the US dollar settled ${share(usd)} of China–Russia trade, the yuan ${share(cny)} and the ruble ${share(rub)}.`;
}

/**
 * The settlement slide. The takeaway is the bilateral chart's title (the latest ruble-and-yuan
 * share of all the rows); the points use only the observations that overlap the period.
 */
export function settlementPoints(
  rows: readonly SettlementObservation[],
  from: string,
  to: string,
): TalkingPoints {
  const national = rows.filter((row) => row.series === calloutStatement.series && inPeriod(row, from, to));
  return {
    takeaway:
      settlementFinding(rows) ?? 'No share of China–Russia trade settled in rubles and yuan is available',
    points: [calloutPoint(national), spanPoint(national), dollarPoint(rows, from, to)].filter(
      (point): point is string => point !== undefined,
    ),
  };
}

const eventsInPeriod = (events: readonly SanctionsEvent[], from: string, to: string) =>
  events
    .filter((event) => event.date.slice(0, 7) >= from && event.date.slice(0, 7) <= to)
    .sort((a, b) => a.date.localeCompare(b.date));

/** Major events inside the period `from`–`to` (`YYYY-MM`), oldest first: one revealed per step. */
export const majorEventsInOrder = (
  events: readonly SanctionsEvent[],
  from: string,
  to: string,
): SanctionsEvent[] => eventsInPeriod(events, from, to).filter((event) => event.major);

/** When an event happened, inside a sentence: "on 22 Oct 2025", "in summer 2024". */
const eventWhen = (event: SanctionsEvent) =>
  `${event.datePrecision === 'day' ? 'on' : 'in'} ${inline(eventDateText(event))}`;

/**
 * True when an event's text names Chinese (or China-based) banks, firms or entities. Both words are
 * needed: some events mention China only as a market ("barrels shipped to China"), and context
 * events (summits) are not pressure on anyone.
 */
export const namesChineseFirms = (event: SanctionsEvent) => {
  const text = `${event.title} ${event.summary}`;
  return (
    !event.kinds.includes('context') &&
    /\b(Chinese|China)\b/.test(text) &&
    /\b(banks?|firms?|entity|entities|company|companies|refiners?)\b/i.test(text)
  );
};

function measuresPoint(events: readonly SanctionsEvent[], from: string, to: string): string | undefined {
  const measures = events.filter(isMeasure);
  if (measures.length === 0) return undefined;
  const count = `${measures.length} sanctions ${measures.length === 1 ? 'measure' : 'measures'}`;
  const head = `The period from ${monthText(from)} to ${monthText(to)} holds ${count} by the US, the EU and the UK/G7`;
  if (from >= PRESSURE_SINCE) return `${head}.`;
  const recent = measures.filter((event) => event.date.slice(0, 7) >= PRESSURE_SINCE).length;
  const since = PRESSURE_SINCE.endsWith('-01') ? PRESSURE_SINCE.slice(0, 4) : monthText(PRESSURE_SINCE);
  return `${head}, ${recent === 0 ? 'none' : recent} of them since ${since}.`;
}

/**
 * The sanctions slide: the timeline's title for the events in the period, how many measures it
 * holds, its latest major event and the first event naming Chinese banks or firms.
 */
export function sanctionsPoints(events: readonly SanctionsEvent[], from: string, to: string): TalkingPoints {
  const shown = eventsInPeriod(events, from, to);
  const lastMajor = shown.filter((event) => event.major).at(-1);
  const chinese = shown.find(namesChineseFirms);
  return {
    takeaway: timelineFinding(shown, from),
    points: [
      measuresPoint(shown, from, to),
      lastMajor && `The latest major event came ${eventWhen(lastMajor)}: ${sentence(lastMajor.title)}`,
      chinese &&
        `The first event in this period to name Chinese banks or firms came ${eventWhen(chinese)}: ${sentence(chinese.title)}`,
    ].filter((point): point is string => point !== undefined),
  };
}
