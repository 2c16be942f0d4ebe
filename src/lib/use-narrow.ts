import { use, useSyncExternalStore } from 'react';
import { ChartLayoutContext } from '@/components/chart-parts/chart-layout';

let cached: MediaQueryList | undefined;
/** One MediaQueryList for the page: reading `.matches` is cheap, creating one per render is not. */
const query = () => (cached ??= window.matchMedia('(max-width: 640px)'));

const subscribe = (onChange: () => void) => {
  const media = query();
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
};

/** True on phone-sized screens, where charts drop labels that would collide; a chart layout may force it. */
export function useNarrow() {
  const forced = use(ChartLayoutContext).narrow;
  const matches = useSyncExternalStore(
    subscribe,
    () => query().matches,
    () => false,
  );
  return forced ?? matches;
}
