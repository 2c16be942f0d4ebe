import { useSyncExternalStore } from 'react';
import type { ResolvedTheme } from '@/lib/palette';
import { useForcedTheme, useTheme } from '@/store/view-store';

let cached: MediaQueryList | undefined;
/** One MediaQueryList for the page: reading `.matches` is cheap, creating one per render is not. */
const darkQuery = () => (cached ??= window.matchMedia('(prefers-color-scheme: dark)'));

const subscribe = (onChange: () => void) => {
  const query = darkQuery();
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
};

/**
 * The theme actually in use: one a mode forces (the projector theme), else the chosen one, or the
 * system's when the choice is "system".
 */
export function useResolvedTheme(): ResolvedTheme {
  const theme = useTheme();
  const forced = useForcedTheme();
  const systemDark = useSyncExternalStore(
    subscribe,
    () => darkQuery().matches,
    () => false,
  );
  if (forced) return forced;
  if (theme === 'system') return systemDark ? 'dark' : 'light';
  return theme;
}
