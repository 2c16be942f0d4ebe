import { useEffect } from 'react';
import { useBriefingActions, useBriefingStore } from '@/features/briefing/briefing-store';
import { isTyping } from '@/features/briefing/use-briefing-keys';

/** Starts the briefing at its first slide, full screen where the browser allows it. */
function usePresent() {
  const { entered } = useBriefingActions();
  return () => {
    entered();
    void document.documentElement.requestFullscreen().catch(() => undefined);
  };
}

/** The header's Present button; P does the same from anywhere on the dashboard. */
export function PresentButton() {
  const present = usePresent();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.key === 'p' || event.key === 'P') && !event.altKey && !event.ctrlKey && !event.metaKey) {
        if (
          useBriefingStore.getState().present ||
          isTyping(event.target) ||
          document.querySelector('dialog[open]')
        )
          return;
        event.preventDefault();
        present();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  });
  return (
    <button type="button" className="button" id="present-button" onClick={present} aria-keyshortcuts="P">
      Present
    </button>
  );
}
