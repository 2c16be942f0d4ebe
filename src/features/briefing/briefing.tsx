import { memo, useCallback, useDeferredValue, useEffect, useRef, useState } from 'react';
import { useViewActions } from '@/store/view-store';
import {
  slideIds,
  useBriefingActions,
  useBriefingStore,
  writePosition,
} from '@/features/briefing/briefing-store';
import { useNotesStore } from '@/features/briefing/notes-store';
import { Handout } from '@/features/briefing/handout';
import { buildCounts, SlideView, slideTitles } from '@/features/briefing/slide-view';
import { useBriefingData } from '@/features/briefing/use-briefing-data';
import { briefingKeys, useBriefingKeys } from '@/features/briefing/use-briefing-keys';
import './briefing.css';

/** Opens the presenter view in a second window; false when the browser blocked it. */
export function openPresenterWindow(): boolean {
  const { slide, step } = useBriefingStore.getState();
  const search = writePosition({ present: true, presenter: true, slide, step }, window.location.search);
  const opened = window.open(
    `${window.location.pathname}${search}`,
    'china-russia-presenter',
    'popup,width=1280,height=800',
  );
  return opened !== null;
}

/** Keeps each slide's number of build steps known to the store as the data arrives. */
export function useKnownSteps(data: ReturnType<typeof useBriefingData>) {
  const { stepsKnown } = useBriefingActions();
  const counts = buildCounts(data).join(',');
  useEffect(() => {
    stepsKnown(counts.split(',').map(Number));
  }, [counts, stepsKnown]);
}

/** Forces the light, high-contrast palette while the projector theme is on. */
function useProjectorTheme(on: boolean) {
  const { themeForced } = useViewActions();
  useEffect(() => {
    themeForced(on ? 'light' : null);
    return () => themeForced(null);
  }, [on, themeForced]);
}

export function KeysHelp({ onClose }: { onClose: () => void }) {
  return (
    <div className="briefing__help" role="dialog" aria-label="Briefing keys">
      <h2>Keys</h2>
      <dl>
        {briefingKeys.map(([keys, what]) => (
          <div key={keys}>
            <dt>{keys}</dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <button type="button" className="button" onClick={onClose}>
        Close
      </button>
    </div>
  );
}

/**
 * Briefing mode: the live charts as full-screen slides, driven by keys or a clicker, with builds
 * within slides, a blank screen, the projector theme and a printable handout.
 */
export function Briefing({ onLeave }: { onLeave: () => void }) {
  const data = useBriefingData();
  useKnownSteps(data);
  const { slide, step, blank, help, projector } = useBriefingStore();
  const actions = useBriefingActions();
  const problem = useNotesStore((s) => s.problem);
  const [message, setMessage] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const leavingByKey = useRef(false);
  useProjectorTheme(projector);

  const leave = useCallback(() => {
    if (useBriefingStore.getState().help) {
      actions.helpToggled(false);
      return;
    }
    leavingByKey.current = true;
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    onLeave();
  }, [actions, onLeave]);
  const toggleFullScreen = useCallback(() => {
    if (document.fullscreenElement) {
      leavingByKey.current = true;
      void document.exitFullscreen().catch(() => undefined);
    } else {
      void document.documentElement.requestFullscreen().catch(() => {
        setMessage('This browser did not allow full screen here.');
      });
    }
  }, []);
  const presenter = useCallback(() => {
    setMessage(
      openPresenterWindow() ? null : 'The browser blocked the presenter window; allow pop-ups for this page.',
    );
  }, []);
  const digits = useBriefingKeys({ onLeave: leave, onFullScreen: toggleFullScreen, onPresenter: presenter });

  // In full screen the browser takes Esc for itself and leaves full screen; leave the briefing with it.
  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement && !leavingByKey.current) onLeave();
      leavingByKey.current = false;
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [onLeave]);
  useEffect(() => root.current?.focus(), []);

  const id = slideIds[slide] ?? 'title';
  // The counter and the address move at once; the slide's chart follows in a render that the
  // next key press can interrupt.
  const shownSlide = useDeferredValue(slide);
  const shownStep = useDeferredValue(step);
  return (
    <div
      ref={root}
      className={`briefing${projector ? ' briefing--projector' : ''}`}
      role="dialog"
      aria-modal="true"
      aria-label="Briefing"
      tabIndex={-1}
    >
      <section
        className="briefing__stage"
        aria-roledescription="slide"
        aria-label={`Slide ${String(slide + 1)} of ${String(slideIds.length)}: ${slideTitles[id]}`}
      >
        <LiveSlide slide={shownSlide} step={shownStep} />
      </section>
      {blank && (
        <div className="briefing__blank" aria-label="Screen blanked; press B to show it" role="status" />
      )}
      {help && <KeysHelp onClose={() => actions.helpToggled(false)} />}
      <nav className="briefing__bar" aria-label="Briefing controls">
        <button type="button" onClick={actions.previous} aria-label="Previous">
          ←
        </button>
        <span className="briefing__counter" aria-live="polite">
          {digits ? `Go to ${digits}…` : `${String(slide + 1)} / ${String(slideIds.length)}`}
        </span>
        <button type="button" onClick={actions.next} aria-label="Next">
          →
        </button>
        <button type="button" onClick={actions.projectorToggled} aria-pressed={projector}>
          Projector theme
        </button>
        <button type="button" onClick={presenter}>
          Presenter view
        </button>
        <button type="button" onClick={() => actions.helpToggled()}>
          Keys (?)
        </button>
        <button type="button" onClick={leave}>
          Leave (Esc)
        </button>
      </nav>
      {(message ?? problem) && (
        <p className="briefing__message" role="alert">
          {message ?? problem}
        </p>
      )}
      <Handout />
    </div>
  );
}

/** The slide on the stage; it reads its own data, so the briefing's other re-renders pass it by. */
const LiveSlide = memo(function LiveSlide({ slide, step }: { slide: number; step: number }) {
  const data = useBriefingData();
  return <SlideView slide={slide} step={step} data={data} />;
});
