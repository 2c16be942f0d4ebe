import { actors, eventKinds, type Actor, type EventKind } from '@/api/vocabulary';

/** The first and last month the dashboard can show. */
export const PERIOD_BOUNDS = { from: '2013-01', to: '2025-12' } as const;

export const themes = ['system', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];

/** Which sanctions events are laid as markers on the trade and settlement charts. */
export const markerChoices = ['major', 'all', 'none'] as const;
export type Markers = (typeof markerChoices)[number];

/** The trade chart's view: annual bars, monthly values, or monthly year-on-year change. */
export const tradeViews = ['annual', 'monthly', 'change'] as const;
export type TradeView = (typeof tradeViews)[number];

/** The settlement chart's view: Russia–China trade, or all of Russia's trade (Bank of Russia). */
export const settlementViews = ['bilateral', 'russia'] as const;
export type SettlementView = (typeof settlementViews)[number];

const isMonth = (value: string | null): value is string =>
  value !== null && /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
const isOneOf = <T extends string>(options: readonly T[], value: string | null): value is T =>
  (options as readonly (string | null)[]).includes(value);

/** The part of the UI state a link carries. */
export type ViewState = {
  /** First month shown, `YYYY-MM`, inclusive. */
  from: string;
  /** Last month shown, `YYYY-MM`, inclusive. */
  to: string;
  /** Sanctions actors shown; all of them by default. */
  actors: Actor[];
  /** Sanctions kinds shown; all of them by default. */
  kinds: EventKind[];
  theme: Theme;
  /** Sanctions markers on the trade and settlement charts. */
  markers: Markers;
  trade: TradeView;
  settlement: SettlementView;
};

export const defaultView: ViewState = {
  from: PERIOD_BOUNDS.from,
  to: PERIOD_BOUNDS.to,
  actors: [...actors],
  kinds: [...eventKinds],
  theme: 'system',
  markers: 'major',
  trade: 'annual',
  settlement: 'bilateral',
};

const clampMonth = (month: string) =>
  month < PERIOD_BOUNDS.from ? PERIOD_BOUNDS.from : month > PERIOD_BOUNDS.to ? PERIOD_BOUNDS.to : month;

/** A comma list of known values, kept in canonical order; anything unknown drops the whole list. */
const parseList = <T extends string>(raw: string | null, options: readonly T[]): T[] | undefined => {
  if (raw === null) return undefined;
  const values = raw.split(',').filter(Boolean);
  if (!values.every((v) => isOneOf(options, v))) return undefined;
  return options.filter((option) => values.includes(option));
};

/** Reads a view from a query string; every missing or invalid value falls back to its default. */
export function parseView(search: string): ViewState {
  const params = new URLSearchParams(search);
  const month = (key: 'from' | 'to') => {
    const value = params.get(key);
    return isMonth(value) ? clampMonth(value) : defaultView[key];
  };
  let from = month('from');
  let to = month('to');
  if (from > to) ({ from, to } = defaultView);
  const option = <T extends string>(key: string, options: readonly T[], fallback: T): T => {
    const value = params.get(key);
    return isOneOf(options, value) ? value : fallback;
  };
  return {
    from,
    to,
    actors: parseList(params.get('actor'), actors) ?? defaultView.actors,
    kinds: parseList(params.get('kind'), eventKinds) ?? defaultView.kinds,
    theme: option('theme', themes, defaultView.theme),
    markers: option('markers', markerChoices, defaultView.markers),
    trade: option('trade', tradeViews, defaultView.trade),
    settlement: option('settlement', settlementViews, defaultView.settlement),
  };
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value, i) => value === b[i]);

/**
 * Writes a view into a query string, leaving defaults out so a plain link stays plain. Parameters
 * the view does not own (e.g. `present`) are kept.
 */
export function writeView(view: ViewState, search = ''): string {
  const params = new URLSearchParams(search);
  const set = (key: string, value: string, isDefault: boolean) =>
    isDefault ? params.delete(key) : params.set(key, value);
  set('from', view.from, view.from === defaultView.from);
  set('to', view.to, view.to === defaultView.to);
  set('actor', view.actors.join(','), sameList(view.actors, defaultView.actors));
  set('kind', view.kinds.join(','), sameList(view.kinds, defaultView.kinds));
  for (const key of ['theme', 'markers', 'trade', 'settlement'] as const) {
    set(key, view[key], view[key] === defaultView[key]);
  }
  const out = params.toString().replaceAll('%2C', ',');
  return out ? `?${out}` : '';
}
