/** Image sizes an export can be composed for. */
export const sizePresets = {
  screen: { label: 'As on screen', width: null, height: null },
  slide: { label: 'Slide 16:9 (1920×1080)', width: 1920, height: 1080 },
  classic: { label: 'Slide 4:3 (1440×1080)', width: 1440, height: 1080 },
  square: { label: 'Square (1080×1080)', width: 1080, height: 1080 },
  report: { label: 'Report column (800 wide)', width: 800, height: null },
} as const satisfies Record<string, { label: string; width: number | null; height: number | null }>;
export type SizePreset = keyof typeof sizePresets;

/** The image's own theme, chosen apart from the screen's. */
export const exportThemes = { light: 'Light', dark: 'Dark', transparent: 'Transparent' } as const;
export type ExportTheme = keyof typeof exportThemes;

/** Pixel densities offered for PNG. */
export const pngScales = [1, 2, 4] as const;
