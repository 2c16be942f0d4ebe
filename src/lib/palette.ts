/**
 * The one palette (Okabe–Ito, safe for colour-blind readers). Each series keeps its colour on
 * every chart, in every theme and in every export; shapes and patterns double the colour.
 */
export type ResolvedTheme = 'light' | 'dark';

const okabeIto = {
  blue: '#0072B2',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  green: '#009E73',
  vermillion: '#D55E00',
  purple: '#CC79A7',
  yellow: '#F0E442',
  grey: '#8A8A8A',
} as const;

/** Series colours by theme; the dark theme lifts the darkest hues so they hold contrast. */
export const seriesColors = {
  light: {
    exports: okabeIto.blue,
    imports: okabeIto.orange,
    unsplit: okabeIto.grey,
  },
  dark: {
    exports: okabeIto.skyBlue,
    imports: okabeIto.orange,
    unsplit: '#A8A8A8',
  },
} as const satisfies Record<ResolvedTheme, Record<string, string>>;

/** Chart ink (axes, gridlines, labels) by theme. */
export const chartInk = {
  light: { text: '#1f2328', muted: '#57606a', grid: '#e3e6ea', surface: '#ffffff' },
  dark: { text: '#e6e8eb', muted: '#a4acb6', grid: '#2f353d', surface: '#181b20' },
} as const satisfies Record<ResolvedTheme, Record<string, string>>;
