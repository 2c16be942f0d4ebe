import { useCallback, useEffect, useState } from 'react';
import {
  slideIds,
  useBriefingActions,
  useBriefingStore,
  type SlideId,
} from '@/features/briefing/briefing-store';
import { useKnownSteps, KeysHelp } from '@/features/briefing/briefing';
import { useNotesStore, useSlideText } from '@/features/briefing/notes-store';
import { SlideView, slideStory, slideTitles } from '@/features/briefing/slide-view';
import { useBriefingData, type BriefingData } from '@/features/briefing/use-briefing-data';
import { useBriefingKeys } from '@/features/briefing/use-briefing-keys';
import './briefing.css';

const clock = (ms: number) => {
  const seconds = Math.floor(ms / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(seconds / 60))}:${pad(seconds % 60)}`;
};

/** Minutes and seconds since the presenter view opened, with a reset. */
function ElapsedTimer() {
  const [started, setStarted] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return (
    <p className="presenter__timer">
      <span aria-label="Elapsed time">{clock(now - started)}</span>{' '}
      <button
        type="button"
        className="button"
        onClick={() => {
          setStarted(Date.now());
          setNow(Date.now());
        }}
      >
        Restart timer
      </button>
    </p>
  );
}

/** The editable words of one slide: its takeaway (chart slides) and the speaker notes. */
function SlideWords({ id, data }: { id: SlideId; data: BriefingData }) {
  const text = useSlideText(id);
  const edited = useNotesStore((s) => s.edited);
  const story = slideStory(id, data);
  return (
    <div className="presenter__words">
      {story && (
        <label className="presenter__field">
          Takeaway on the slide
          <input
            type="text"
            value={text.takeaway ?? story.takeaway}
            onChange={(event) => edited(id, { takeaway: event.target.value })}
          />
        </label>
      )}
      {story && text.takeaway !== undefined && text.takeaway !== story.takeaway && (
        // Drops the edit rather than copying the data's takeaway: each window then writes its own from
        // its data, and a click before this window's data is in cannot save a placeholder.
        <button type="button" className="button" onClick={() => edited(id, { takeaway: undefined })}>
          Use the takeaway from the data
        </button>
      )}
      <label className="presenter__field presenter__field--notes">
        Speaker notes
        <textarea
          value={text.notes ?? ''}
          placeholder={story ? story.points.join('\n') : 'Notes for this slide'}
          onChange={(event) => edited(id, { notes: event.target.value })}
        />
      </label>
    </div>
  );
}

/**
 * The presenter's window: the current slide, the next one, the speaker notes and an elapsed
 * timer. It drives the audience window and follows it, whichever is used.
 */
export function PresenterView() {
  const data = useBriefingData();
  useKnownSteps(data);
  const { slide, step, steps, help } = useBriefingStore();
  const actions = useBriefingActions();
  const problem = useNotesStore((s) => s.problem);
  const lastStep = (steps[slide] ?? 1) - 1;
  const next =
    step < lastStep
      ? { slide, step: step + 1 }
      : slide + 1 < slideIds.length
        ? { slide: slide + 1, step: 0 }
        : null;
  const id = slideIds[slide] ?? 'title';
  const noop = useCallback(() => undefined, []);
  const leave = useCallback(() => {
    if (useBriefingStore.getState().help) actions.helpToggled(false);
  }, [actions]);
  useBriefingKeys({ onLeave: leave, onFullScreen: noop, onPresenter: noop });

  return (
    <main className="presenter" aria-label="Presenter view">
      <section
        className="presenter__current"
        aria-label={`Current: slide ${String(slide + 1)}, ${slideTitles[id]}`}
      >
        <h2 className="presenter__heading">
          Now: {slide + 1} / {slideIds.length} · {slideTitles[id]}
          {lastStep > 0 && ` · build ${String(step + 1)} of ${String(lastStep + 1)}`}
        </h2>
        <div className="presenter__slide">
          <SlideView slide={slide} step={step} data={data} />
        </div>
      </section>
      <section className="presenter__next" aria-label="Next">
        <h2 className="presenter__heading">
          {next
            ? `Next: ${String(next.slide + 1)} · ${slideTitles[slideIds[next.slide] ?? 'title']}${next.slide === slide ? ' (next build)' : ''}`
            : 'End of the briefing'}
        </h2>
        {next && (
          <div className="presenter__slide presenter__slide--small" inert>
            <SlideView slide={next.slide} step={next.step} data={data} />
          </div>
        )}
        <ElapsedTimer />
        <nav className="presenter__controls" aria-label="Briefing controls">
          <button type="button" className="button" onClick={actions.previous}>
            ← Previous
          </button>
          <button type="button" className="button" onClick={actions.next}>
            Next →
          </button>
          <button type="button" className="button" onClick={() => actions.helpToggled()}>
            Keys (?)
          </button>
        </nav>
        {problem && (
          <p className="briefing__message" role="alert">
            {problem}
          </p>
        )}
        <SlideWords key={id} id={id} data={data} />
      </section>
      {help && <KeysHelp onClose={() => actions.helpToggled(false)} />}
    </main>
  );
}
