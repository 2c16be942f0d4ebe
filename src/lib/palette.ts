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
    unsplit: '#9E9E9E',
  },
} as const satisfies Record<ResolvedTheme, Record<string, string>>;

/** Axis, gridline and label colours of one theme. */
export type Ink = { text: string; muted: string; grid: string; surface: string };

/** Chart ink (axes, gridlines, labels) by theme. */
export const chartInk: Record<ResolvedTheme, Ink> = {
  light: { text: '#1f2328', muted: '#57606a', grid: '#e3e6ea', surface: '#ffffff' },
  dark: { text: '#e6e8eb', muted: '#a4acb6', grid: '#2f353d', surface: '#181b20' },
};

/** Marker shapes that double colour, so no meaning rests on colour alone. */
export type Shape = 'circle' | 'square' | 'diamond' | 'triangle' | 'wye' | 'cross' | 'star';

/** Settlement currencies: one colour and shape each, on every chart. */
export const currencyStyle = {
  national: { label: 'Rubles + yuan', color: { light: '#009E73', dark: '#2BC29A' }, shape: 'circle' },
  cny: { label: 'Yuan', color: { light: '#D55E00', dark: '#FF8A3D' }, shape: 'diamond' },
  rub: { label: 'Ruble', color: { light: '#A36B00', dark: '#F5C04A' }, shape: 'triangle' },
  usd: { label: 'US dollar', color: { light: '#0072B2', dark: '#56B4E9' }, shape: 'square' },
  eur: { label: 'Euro', color: { light: '#B0588C', dark: '#CC79A7' }, shape: 'wye' },
} as const satisfies Record<string, { label: string; color: Record<ResolvedTheme, string>; shape: Shape }>;

/**
 * The yuan's share of Russia's own export and import settlements: the yuan's hue for both, a
 * lighter and a deeper shade and two shapes to tell the flows apart.
 */
export const russiaFlowStyle = {
  exports: { label: 'Yuan, Russia’s exports', color: currencyStyle.cny.color, shape: 'diamond' },
  imports: {
    label: 'Yuan, Russia’s imports',
    color: { light: '#8A3A00', dark: '#FFB27A' },
    shape: 'triangle',
  },
} as const satisfies Record<string, { label: string; color: Record<ResolvedTheme, string>; shape: Shape }>;

/** Sanctions event kinds: colour and shape on the timeline and on every marker. */
export const kindStyle = {
  financial: { label: 'Financial', color: { light: '#D55E00', dark: '#FF8A3D' }, shape: 'diamond' },
  'export-control': {
    label: 'Export control',
    color: { light: '#0072B2', dark: '#56B4E9' },
    shape: 'triangle',
  },
  trade: { label: 'Trade', color: { light: '#009E73', dark: '#2BC29A' }, shape: 'square' },
  designation: { label: 'Designation', color: { light: '#B0588C', dark: '#CC79A7' }, shape: 'circle' },
  'market-response': {
    label: 'Market response',
    color: { light: '#A36B00', dark: '#F5C04A' },
    shape: 'star',
  },
  context: { label: 'Context', color: { light: '#6E6E6E', dark: '#A8A8A8' }, shape: 'cross' },
} as const satisfies Record<string, { label: string; color: Record<ResolvedTheme, string>; shape: Shape }>;

/** Sanctions actors, as lanes on the timeline and as labels elsewhere. */
export const actorLabel = {
  US: 'United States',
  EU: 'European Union',
  'UK-G7': 'UK / G7',
  market: 'Market response',
  context: 'Context',
} as const;
