import { useSyncExternalStore } from 'react';
import type { ResolvedTheme } from '@/lib/palette';
import { useForcedTheme, useTheme } from '@/store/view-store';
import { parseView, type Theme } from '@/store/view-url';

let cached: MediaQueryList | undefined;
/** One MediaQueryList for the page: reading `.matches` is cheap, creating one per render is not. */
const darkQuery = () => (cached ??= window.matchMedia('(prefers-color-scheme: dark)'));

const subscribe = (onChange: () => void) => {
  const query = darkQuery();
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
};

const resolve = (theme: Theme, systemDark: boolean): ResolvedTheme =>
  theme === 'system' ? (systemDark ? 'dark' : 'light') : theme;

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
  return forced ?? resolve(theme, systemDark);
}

/** The theme a page opens in, before the app runs: the link's choice, else the system's. */
export const themeOnOpening = (search: string): ResolvedTheme =>
  resolve(parseView(search).theme, darkQuery().matches);
