import { memo, useEffect, useState } from 'react';
import { slideIds, useBriefingStore } from '@/features/briefing/briefing-store';
import { useNotesStore } from '@/features/briefing/notes-store';
import { SlideView, slideStory, slideTitles } from '@/features/briefing/slide-view';
import { useBriefingData } from '@/features/briefing/use-briefing-data';

/**
 * The printed handout: every slide, whole (its last build), on its own landscape page with its
 * notes. It is laid out off screen at its print size once the live slide is up, so its charts are
 * drawn before anyone prints.
 */
export const Handout = memo(function Handout() {
  const data = useBriefingData();
  const steps = useBriefingStore((s) => s.steps);
  const notes = useNotesStore((s) => s.slides);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setReady(true), 400);
    return () => window.clearTimeout(timer);
  }, []);
  if (!ready) return null;
  return (
    <div className="handout" aria-hidden="true" inert>
      {slideIds.map((id, slide) => {
        const typed = notes[id]?.notes?.trim();
        const points = slideStory(id, data)?.points ?? [];
        return (
          <article key={id} className="handout__page">
            <div className="handout__slide">
              <SlideView slide={slide} step={(steps[slide] ?? 1) - 1} data={data} />
            </div>
            <div className="handout__notes">
              <p className="handout__label">
                Slide {slide + 1} of {slideIds.length}: {slideTitles[id]}
              </p>
              {typed ? (
                typed.split(/\n+/).map((line) => <p key={line}>{line}</p>)
              ) : points.length > 0 ? (
                <p>{points.join(' ')}</p>
              ) : null}
            </div>
          </article>
        );
      })}
    </div>
  );
});
