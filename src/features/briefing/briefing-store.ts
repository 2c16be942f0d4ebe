import { create } from 'zustand';

/** The slides, in order. Chart slides build up in steps; the others are one step. */
export const slideIds = ['title', 'trade', 'settlement', 'sanctions', 'summary', 'sources'] as const;
export type SlideId = (typeof slideIds)[number];

/** Where the briefing is: a slide (0-based) and a build step within it (0-based). */
export type Position = { slide: number; step: number };

type BriefingState = Position & {
  /** Briefing mode is on (`?present`). */
  present: boolean;
  /** This window is the presenter view (`?present&presenter`). */
  presenter: boolean;
  /** The screen is blanked (B). */
  blank: boolean;
  /** The keys overlay is shown (?). */
  help: boolean;
  /** High contrast, large type, thick lines; on by default. */
  projector: boolean;
  /** Steps each slide builds through, once its data is known; 1 until then. */
  steps: readonly number[];
};

type BriefingActions = {
  entered: (at?: Position) => void;
  left: () => void;
  next: () => void;
  previous: () => void;
  first: () => void;
  last: () => void;
  /** Jumps to a slide (0-based), at its first step. */
  slideChosen: (slide: number) => void;
  /** Another window moved; follow without telling it back. */
  followed: (at: Position) => void;
  stepsKnown: (steps: readonly number[]) => void;
  blankToggled: () => void;
  helpToggled: (shown?: boolean) => void;
  projectorToggled: () => void;
  urlChanged: (search: string) => void;
};

const lastSlide = slideIds.length - 1;
const clamp = (value: number, max: number) => Math.min(Math.max(0, value), max);
const stepsOf = (steps: readonly number[], slide: number) => steps[slide] ?? 1;

/** Reads `present`, `presenter`, `slide` (1-based) and `step` (1-based) from a query string; bad values fall back. */
export function parsePosition(search: string): Pick<BriefingState, 'present' | 'presenter'> & Position {
  const params = new URLSearchParams(search);
  const number = (key: string) => {
    const raw = params.get(key);
    return raw !== null && /^\d{1,3}$/.test(raw) ? Number(raw) - 1 : 0;
  };
  const slide = number('slide');
  return {
    present: params.has('present'),
    presenter: params.has('present') && params.has('presenter'),
    slide: slide >= 0 && slide <= lastSlide ? slide : 0,
    step: Math.max(0, number('step')),
  };
}

/** Writes the briefing's place into a query string, keeping every other parameter. */
export function writePosition(
  state: Pick<BriefingState, 'present' | 'presenter'> & Position,
  search: string,
) {
  const params = new URLSearchParams(search);
  for (const key of ['present', 'presenter', 'slide', 'step']) params.delete(key);
  if (state.present) {
    params.set('present', '');
    if (state.presenter) params.set('presenter', '');
    params.set('slide', String(state.slide + 1));
    if (state.step > 0) params.set('step', String(state.step + 1));
  }
  const out = params
    .toString()
    .replace(/=(&|$)/g, '$1')
    .replaceAll('%2C', ',');
  return out ? `?${out}` : '';
}

const initial = parsePosition(typeof window === 'undefined' ? '' : window.location.search);

export const useBriefingStore = create<BriefingState & { actions: BriefingActions }>()((set, get) => {
  const moveTo = (slide: number, step: number) => {
    const { steps } = get();
    const to = clamp(slide, lastSlide);
    set({ slide: to, step: clamp(step, stepsOf(steps, to) - 1), blank: false });
  };
  return {
    ...initial,
    blank: false,
    help: false,
    projector: true,
    steps: slideIds.map(() => 1),
    actions: {
      entered: (at = { slide: 0, step: 0 }) => {
        set({ present: true, presenter: false, help: false, blank: false });
        moveTo(at.slide, at.step);
      },
      left: () => set({ present: false, presenter: false, help: false, blank: false, slide: 0, step: 0 }),
      next: () => {
        const { slide, step, steps } = get();
        if (step + 1 < stepsOf(steps, slide)) moveTo(slide, step + 1);
        else if (slide < lastSlide) moveTo(slide + 1, 0);
      },
      previous: () => {
        const { slide, step, steps } = get();
        if (step > 0) moveTo(slide, step - 1);
        // Going back shows the previous slide whole, as a presenter expects.
        else if (slide > 0) moveTo(slide - 1, stepsOf(steps, slide - 1) - 1);
      },
      first: () => moveTo(0, 0),
      last: () => moveTo(lastSlide, stepsOf(get().steps, lastSlide) - 1),
      slideChosen: (slide) => moveTo(slide, 0),
      followed: ({ slide, step }) => moveTo(slide, step),
      stepsKnown: (steps) => {
        set({ steps });
        const { slide, step } = get();
        moveTo(slide, step);
      },
      blankToggled: () => set((s) => ({ blank: !s.blank })),
      helpToggled: (shown) => set((s) => ({ help: shown ?? !s.help })),
      projectorToggled: () => set((s) => ({ projector: !s.projector })),
      urlChanged: (search) => {
        const parsed = parsePosition(search);
        set({ present: parsed.present, presenter: parsed.presenter });
        moveTo(parsed.slide, parsed.step);
      },
    },
  };
});

export const useBriefingActions = () => useBriefingStore((s) => s.actions);

/** The channel both briefing windows (audience and presenter) talk on. */
const CHANNEL = 'china-russia-briefing';

/**
 * Keeps the address bar and the other briefing window in step with this one: the place is
 * written to the URL, and moves are sent to, and followed from, the other window. Returns a
 * function that stops it.
 */
export function syncBriefing(): () => void {
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  let following = false;
  const onMessage = ({ data }: MessageEvent<Position>) => {
    if (!useBriefingStore.getState().present) return;
    following = true;
    useBriefingStore.getState().actions.followed(data);
    following = false;
  };
  channel?.addEventListener('message', onMessage);
  const unsubscribe = useBriefingStore.subscribe((state, before) => {
    const search = writePosition(state, window.location.search);
    if (search !== window.location.search) {
      window.history.replaceState(
        window.history.state,
        '',
        `${window.location.pathname}${search}${window.location.hash}`,
      );
    }
    const moved = state.slide !== before.slide || state.step !== before.step;
    if (moved && state.present && !following) channel?.postMessage({ slide: state.slide, step: state.step });
  });
  const onPopState = () => useBriefingStore.getState().actions.urlChanged(window.location.search);
  window.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    channel?.removeEventListener('message', onMessage);
    channel?.close();
    window.removeEventListener('popstate', onPopState);
  };
}
