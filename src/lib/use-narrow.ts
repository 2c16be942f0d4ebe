import { useSyncExternalStore } from 'react';

const query = () => window.matchMedia('(max-width: 640px)');

const subscribe = (onChange: () => void) => {
  const media = query();
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
};

/** True on phone-sized screens, where charts drop labels that would collide. */
export const useNarrow = () =>
  useSyncExternalStore(
    subscribe,
    () => query().matches,
    () => false,
  );
