import regularUrl from '@fontsource/inter/files/inter-latin-400-normal.woff2?url';
import semiboldUrl from '@fontsource/inter/files/inter-latin-600-normal.woff2?url';

const toBase64 = (buffer: ArrayBuffer) => {
  let binary = '';
  const bytes = new Uint8Array(buffer);
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};

let cached: Promise<string> | undefined;

/**
 * `@font-face` rules for the app's typeface with the files inlined as data URLs, so an exported
 * SVG or PNG renders in Inter anywhere, with no network. Fetched once, from the app's own origin.
 */
export function embeddedFontCss(): Promise<string> {
  cached ??= Promise.all(
    [
      { url: regularUrl, weight: 400 },
      { url: semiboldUrl, weight: 600 },
    ].map(async ({ url, weight }) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`the font file could not be loaded (${response.status})`);
      const data = toBase64(await response.arrayBuffer());
      return `@font-face{font-family:Inter;font-style:normal;font-weight:${weight};src:url(data:font/woff2;base64,${data}) format('woff2');}`;
    }),
  )
    .then((rules) => rules.join(''))
    .catch((error: unknown) => {
      cached = undefined;
      throw error;
    });
  return cached;
}
