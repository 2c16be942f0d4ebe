import { createContext, createElement, use, useDeferredValue, useMemo, type ReactNode } from 'react';
import { create } from 'zustand';
import { actors, eventKinds, type Actor, type EventKind } from '@/api/vocabulary';
import {
  defaultView,
  parseView,
  writeView,
  type Markers,
  type SettlementView,
  type Theme,
  type TradeView,
  type ViewState,
} from '@/store/view-url';

type ViewActions = {
  periodChanged: (from: string, to: string) => void;
  actorToggled: (actor: Actor) => void;
  kindToggled: (kind: EventKind) => void;
  themeChanged: (theme: Theme) => void;
  markersChanged: (markers: Markers) => void;
  tradeViewChanged: (trade: TradeView) => void;
  settlementViewChanged: (settlement: SettlementView) => void;
  /** A sanctions event was pointed at (or left, with null) on any chart. */
  eventHovered: (id: string | null) => void;
  filtersReset: () => void;
  exportPrefsChanged: (prefs: Partial<ExportPrefs>) => void;
  /** A mode that needs one theme (the projector theme) sets it, or clears it with null. */
  themeForced: (theme: 'light' | 'dark' | null) => void;
  /** A legend item of one chart was switched on or off. */
  seriesToggled: (chart: string, series: string) => void;
  viewReset: () => void;
  /** The address changed outside the app (back/forward). */
  urlChanged: (search: string) => void;
};

const toggle = <T extends string>(list: readonly T[], value: T, order: readonly T[]) =>
  list.includes(value)
    ? list.filter((v) => v !== value)
    : order.filter((v) => v === value || list.includes(v));

/** Image size preset and image theme of exports; not part of the link. */
export type ExportPrefs = {
  preset: 'screen' | 'slide' | 'classic' | 'square' | 'report';
  theme: 'light' | 'dark' | 'transparent';
};

type UiState = ViewState & {
  /** The sanctions event highlighted on every chart; not part of the link. */
  hoveredEventId: string | null;
  exportPrefs: ExportPrefs;
  /** Series switched off in each chart's legend, by chart; kept here so every rendering of a chart (on screen, in an export) agrees. */
  hiddenSeries: Readonly<Record<string, readonly string[]>>;
  /** A theme that overrides the chosen one while a mode needs it; not part of the link. */
  forcedTheme: 'light' | 'dark' | null;
};

const useViewStore = create<UiState & { actions: ViewActions }>()((set) => ({
  ...parseView(typeof window === 'undefined' ? '' : window.location.search),
  hoveredEventId: null,
  exportPrefs: { preset: 'slide', theme: 'light' },
  hiddenSeries: {},
  forcedTheme: null,
  actions: {
    themeForced: (forcedTheme) => set({ forcedTheme }),
    periodChanged: (from, to) => set(from <= to ? { from, to } : { from: to, to: from }),
    actorToggled: (actor) => set((s) => ({ actors: toggle(s.actors, actor, actors) })),
    kindToggled: (kind) => set((s) => ({ kinds: toggle(s.kinds, kind, eventKinds) })),
    themeChanged: (theme) => set({ theme }),
    markersChanged: (markers) => set({ markers }),
    tradeViewChanged: (trade) => set({ trade }),
    settlementViewChanged: (settlement) => set({ settlement }),
    eventHovered: (hoveredEventId) => set({ hoveredEventId }),
    filtersReset: () => set({ actors: defaultView.actors, kinds: defaultView.kinds }),
    exportPrefsChanged: (prefs) => set((s) => ({ exportPrefs: { ...s.exportPrefs, ...prefs } })),
    seriesToggled: (chart, series) =>
      set((s) => {
        const hidden = s.hiddenSeries[chart] ?? [];
        return {
          hiddenSeries: {
            ...s.hiddenSeries,
            [chart]: hidden.includes(series) ? hidden.filter((h) => h !== series) : [...hidden, series],
          },
        };
      }),
    viewReset: () => set({ ...defaultView }),
    urlChanged: (search) => set(parseView(search)),
  },
}));

/** The period as the period control shows it: at once, at every step. */
export const useLivePeriod = () => {
  const from = useViewStore((s) => s.from);
  const to = useViewStore((s) => s.to);
  return { from, to };
};

type Period = { from: string; to: string };
type Filters = { actors: Actor[]; kinds: EventKind[] };
// Two contexts, so a filter toggle leaves the charts that only draw the period alone.
const DeferredPeriodContext = createContext<Period | null>(null);
const DeferredFiltersContext = createContext<Filters | null>(null);

/**
 * Hands the charts below deferred copies of the period and the sanctions filters: a step of the
 * period control or a filter toggle paints the control first, and the charts redraw after, in a
 * render the next input can interrupt. (Reading the store directly, every chart would redraw
 * synchronously before the control could paint.)
 */
export function DeferredView({ children }: { children: ReactNode }) {
  const { from, to } = useLivePeriod();
  const actors = useLiveActors();
  const kinds = useLiveKinds();
  const period = useDeferredValue(useMemo(() => ({ from, to }), [from, to]));
  const filters = useDeferredValue(useMemo(() => ({ actors, kinds }), [actors, kinds]));
  return createElement(
    DeferredPeriodContext,
    { value: period },
    createElement(DeferredFiltersContext, { value: filters }, children),
  );
}

/** The period the charts draw: deferred inside `DeferredView`, live from the store elsewhere (an export stage, tests). */
export const usePeriod = (): Period => {
  const deferred = use(DeferredPeriodContext);
  const from = useViewStore((s) => (deferred ? deferred.from : s.from));
  const to = useViewStore((s) => (deferred ? deferred.to : s.to));
  return { from, to };
};

/** The sanctions filters as their buttons show them: at once. */
export const useLiveActors = () => useViewStore((s) => s.actors);
export const useLiveKinds = () => useViewStore((s) => s.kinds);

/** The sanctions filters the charts draw: deferred inside `DeferredView`, like `usePeriod`. */
export const useActors = () => {
  const deferred = use(DeferredFiltersContext);
  return useViewStore((s) => (deferred ? deferred.actors : s.actors));
};
export const useKinds = () => {
  const deferred = use(DeferredFiltersContext);
  return useViewStore((s) => (deferred ? deferred.kinds : s.kinds));
};
export const useTheme = () => useViewStore((s) => s.theme);
export const useForcedTheme = () => useViewStore((s) => s.forcedTheme);
export const useMarkers = () => useViewStore((s) => s.markers);
export const useTradeView = () => useViewStore((s) => s.trade);
export const useSettlementView = () => useViewStore((s) => s.settlement);
export const useHoveredEventId = () => useViewStore((s) => s.hoveredEventId);
export const useExportPrefs = () => useViewStore((s) => s.exportPrefs);
export const useViewActions = () => useViewStore((s) => s.actions);

const noneHidden: readonly string[] = [];
/** The series switched off in one chart's legend, and the switch. */
export function useHiddenSeries(chart: string) {
  const list = useViewStore((s) => s.hiddenSeries[chart] ?? noneHidden);
  const { seriesToggled } = useViewActions();
  return {
    hidden: new Set(list) as ReadonlySet<string>,
    toggle: (series: string) => seriesToggled(chart, series),
  };
}

const viewOf = (s: ViewState): ViewState => ({
  from: s.from,
  to: s.to,
  actors: s.actors,
  kinds: s.kinds,
  theme: s.theme,
  markers: s.markers,
  trade: s.trade,
  settlement: s.settlement,
});

/**
 * Mirrors the view to the address bar both ways: store changes replace the query string (so a
 * copied link reopens this view), and back/forward navigation loads the view from the address.
 * Returns a function that stops mirroring.
 */
export function mirrorViewToUrl(): () => void {
  const write = (state: UiState) => {
    const search = writeView(viewOf(state), window.location.search);
    if (search !== window.location.search) {
      window.history.replaceState(
        window.history.state,
        '',
        `${window.location.pathname}${search}${window.location.hash}`,
      );
    }
  };
  write(useViewStore.getState());
  const unsubscribe = useViewStore.subscribe(write);
  const onPopState = () => useViewStore.getState().actions.urlChanged(window.location.search);
  window.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
  };
}

/** For tests: put the store back to a view. */
export const resetViewStore = (view: Partial<ViewState> = {}) =>
  useViewStore.setState({ ...defaultView, hiddenSeries: {}, ...view });
