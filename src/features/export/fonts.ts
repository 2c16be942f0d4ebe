import inter400 from '@fontsource/inter/400.css?raw';
import inter600 from '@fontsource/inter/600.css?raw';
import notoSansSc400 from '@fontsource/noto-sans-sc/400.css?raw';

/** Every font file the export may embed, by file name; none is fetched until a text needs it. */
const fileUrls: Record<string, string> = Object.fromEntries(
  Object.entries(
    import.meta.glob<string>(
      [
        '/node_modules/@fontsource/inter/files/inter-*-{400,600}-normal.woff2',
        '/node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-*-400-normal.woff2',
      ],
      { query: '?url', import: 'default', eager: true },
    ),
  ).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), url]),
);

/** One `@font-face` rule of a Fontsource stylesheet: a file and the code points it covers. */
export type FontFace = { family: string; weight: number; file: string; ranges: [number, number][] };

/** Reads the `@font-face` rules of a Fontsource stylesheet. */
export function parseFontFaces(css: string): FontFace[] {
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].flatMap(([, body = '']) => {
    const family = /font-family:\s*'([^']+)'/.exec(body)?.[1];
    const weight = Number(/font-weight:\s*(\d+)/.exec(body)?.[1]);
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(body)?.[1];
    const ranges = /unicode-range:\s*([^;]+);/.exec(body)?.[1];
    if (!family || !file || !ranges) return [];
    return [
      {
        family,
        weight,
        file,
        ranges: ranges.split(',').map((range) => {
          const [start = '0', end = start] = range.trim().replace(/^U\+/i, '').split('-');
          return [parseInt(start, 16), parseInt(end, 16)] as [number, number];
        }),
      },
    ];
  });
}

const faces = [inter400, inter600, notoSansSc400].flatMap(parseFontFaces);

const covers = (face: FontFace, point: number) =>
  face.ranges.some(([start, end]) => point >= start && point <= end);

/**
 * The faces a text needs. Families are tried in order, as the font stack does: a later family's
 * faces are embedded only for characters no earlier family covers.
 */
export function facesFor(content: string, from: readonly FontFace[] = faces): FontFace[] {
  let points = [...new Set(content)].map((char) => char.codePointAt(0) ?? 0);
  const needed: FontFace[] = [];
  for (const family of new Set(from.map((face) => face.family))) {
    const familyFaces = from.filter((face) => face.family === family);
    needed.push(...familyFaces.filter((face) => points.some((point) => covers(face, point))));
    points = points.filter((point) => !familyFaces.some((face) => covers(face, point)));
  }
  return needed;
}

const toBase64 = (buffer: ArrayBuffer) => {
  let binary = '';
  const bytes = new Uint8Array(buffer);
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};

const inlined = new Map<string, Promise<string>>();

function inlineFace(face: FontFace): Promise<string> {
  const url = fileUrls[face.file];
  if (!url) return Promise.reject(new Error(`the font file ${face.file} is not in the build`));
  let rule = inlined.get(face.file);
  if (!rule) {
    rule = fetch(url).then(async (response) => {
      if (!response.ok) throw new Error(`the font file could not be loaded (${response.status})`);
      const data = toBase64(await response.arrayBuffer());
      const range = face.ranges.map(([a, b]) => `U+${a.toString(16)}-${b.toString(16)}`).join(',');
      return `@font-face{font-family:'${face.family}';font-style:normal;font-weight:${face.weight};src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${range};}`;
    });
    rule.catch(() => inlined.delete(face.file));
    inlined.set(face.file, rule);
  }
  return rule;
}

/**
 * `@font-face` rules, with the files inlined as data URLs, for the subsets of Inter (Latin,
 * Cyrillic, Greek, Vietnamese) and Noto Sans SC (Chinese) that `content` uses, so an exported SVG
 * or PNG renders its text anywhere, with no network. Fetched from the app's own origin, once each.
 */
export async function embeddedFontCss(content: string): Promise<string> {
  return (await Promise.all(facesFor(content).map(inlineFace))).join('');
}

/** The font stack of exported images: the embedded faces first. */
export const exportFontFamily = `Inter, 'Noto Sans SC', system-ui, sans-serif`;
