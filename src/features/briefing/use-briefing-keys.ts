import { useEffect, useState } from 'react';
import { slideIds, useBriefingActions } from '@/features/briefing/briefing-store';

/** True when a key press belongs to a text field (notes being typed), not to the briefing. */
export const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export type BriefingKeyHandlers = {
  onLeave: () => void;
  onFullScreen: () => void;
  onPresenter: () => void;
};

/**
 * The briefing's keys, in both windows: → Space PageDown next; ← PageUp previous (what clickers
 * send); Home End; digits then Enter to jump; B or . blank; T projector theme; ? the keys; F full
 * screen; S presenter view; Esc leaves. Returns the digits typed so far, to show them.
 */
export function useBriefingKeys({ onLeave, onFullScreen, onPresenter }: BriefingKeyHandlers): string {
  const actions = useBriefingActions();
  const [digits, setDigits] = useState('');
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target))
        return;
      const handled = () => event.preventDefault();
      const { key } = event;
      if (/^\d$/.test(key)) {
        setDigits((typed) => (typed + key).slice(-2));
        return handled();
      }
      if (key === 'Enter' && digits) {
        const slide = Number(digits) - 1;
        if (slide >= 0 && slide < slideIds.length) actions.slideChosen(slide);
        setDigits('');
        return handled();
      }
      setDigits('');
      switch (key) {
        case 'ArrowRight':
        case 'ArrowDown':
        case 'PageDown':
        case ' ':
          actions.next();
          return handled();
        case 'ArrowLeft':
        case 'ArrowUp':
        case 'PageUp':
          actions.previous();
          return handled();
        case 'Home':
          actions.first();
          return handled();
        case 'End':
          actions.last();
          return handled();
        case 'b':
        case 'B':
        case '.':
          actions.blankToggled();
          return handled();
        case 't':
        case 'T':
          actions.projectorToggled();
          return handled();
        case '?':
          actions.helpToggled();
          return handled();
        case 'f':
        case 'F':
          onFullScreen();
          return handled();
        case 's':
        case 'S':
          onPresenter();
          return handled();
        case 'Escape':
          onLeave();
          return handled();
        default:
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [actions, digits, onLeave, onFullScreen, onPresenter]);
  return digits;
}

/** The keys, as the ? overlay lists them. */
export const briefingKeys: readonly [string, string][] = [
  ['→  Space  PageDown', 'Next build or slide'],
  ['←  PageUp', 'Previous'],
  ['Home  End', 'First or last slide'],
  ['Digits, then Enter', 'Go to that slide'],
  ['F', 'Full screen on or off'],
  ['B  or  .', 'Blank the screen'],
  ['T', 'Projector theme on or off'],
  ['S', 'Open the presenter view'],
  ['?', 'Show or hide these keys'],
  ['Esc', 'Leave the briefing'],
];
