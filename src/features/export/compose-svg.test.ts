import {
  chartInk,
  currencyStyle,
  kindStyle,
  russiaFlowStyle,
  seriesColors,
  type ResolvedTheme,
} from '@/lib/palette';
import { composeSvg, fitInto, prefixIds, recolour, wrap, type Stage } from '@/features/export/compose-svg';
import { facesFor, parseFontFaces } from '@/features/export/fonts';

const options = {
  preset: 'slide',
  theme: 'light',
  asOf: 'Data as of 14 Jan 2026',
  link: 'http://x/?a=1&b=2',
  fontCss: (content: string) => Promise.resolve(`/* fonts for ${String(content.length)} characters */`),
  uid: 't1',
} as const;

const parse = (html: string) => {
  const element = new DOMParser().parseFromString(html, 'text/html').body.firstElementChild;
  if (!(element instanceof HTMLElement)) throw new Error('fixture did not parse');
  document.body.append(element);
  return element;
};

/** Stands in for drawing the chart off screen: a fixed chart surface and a heading. */
const stage: Stage = () =>
  Promise.resolve({
    element: parse(
      `<div><p data-export-heading>Part one</p><svg class="recharts-surface"><defs><clipPath id="clip"><rect/></clipPath></defs>
      <rect fill="#0072B2" clip-path="url(#clip)"/></svg></div>`,
    ),
    dispose: () => undefined,
    redraw: () => Promise.resolve(),
  });

function frameWith(title: string) {
  // A fixed fixture with the classes a chart frame renders; only the title varies.
  const frame = parse(
    `<section>
    <h2 class="chart-frame__title"></h2><p class="chart-frame__subtitle">USD billions</p>
    <div class="chart-frame__body"><button data-legend-item aria-pressed="true"><svg></svg>Exports</button></div>
    <p class="chart-frame__source">Source: GACC<span data-screen-only>; hover a bar</span>.</p>
    <div class="chart-frame__notes"><p>A note</p></div></section>`,
  );
  const heading = frame.querySelector('h2');
  if (heading) heading.textContent = title;
  return frame;
}

describe('composeSvg', () => {
  afterEach(() => document.body.replaceChildren());

  it('draws title, subtitle, legend, headings, source, notes, as-of and link into a slide-sized SVG', async () => {
    const { svg, width, height } = await composeSvg(frameWith('Trade hit a record'), { ...options, stage });
    expect([width, height]).toEqual([1920, 1080]);
    for (const text of [
      'Trade hit a record',
      'USD billions',
      'Exports',
      'Part one',
      'Source: GACC.',
      'A note',
      'Data as of 14 Jan 2026',
    ]) {
      expect(svg).toContain(text);
    }
    expect(svg).not.toContain('var(');
    expect(svg).not.toContain('hover');
    expect(svg).toMatch(/<style>\/\* fonts for \d+ characters \*\/<\/style>/);
  });

  it('escapes text from the data', async () => {
    const { svg } = await composeSvg(frameWith('<script>alert(1)</script> & "quotes"'), {
      ...options,
      stage,
    });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; "quotes"');
    expect(new DOMParser().parseFromString(svg, 'image/svg+xml').querySelector('parsererror')).toBeNull();
  });

  it('prefixes ids and their references so two exports can share a document', async () => {
    const { svg } = await composeSvg(frameWith('T'), { ...options, stage });
    expect(svg).toContain('id="t1-clip"');
    expect(svg).toContain('url(#t1-clip)');
    expect(prefixIds('<a href="#x" id="x" data-event-id="e"/>', 'u')).toBe(
      '<a href="#u-x" id="u-x" data-event-id="e"/>',
    );
  });

  it('lays a solid background unless the image is transparent', async () => {
    expect((await composeSvg(frameWith('T'), { ...options, stage })).svg).toContain(
      `fill="${chartInk.light.surface}"`,
    );
    expect((await composeSvg(frameWith('T'), { ...options, stage, theme: 'transparent' })).svg).not.toContain(
      'width="100%"',
    );
  });

  it('draws the chart off screen at the image width over its type scale, and lets go of it', async () => {
    const calls: (number | null)[][] = [];
    let disposed = 0;
    const spy: Stage = async (width, plotHeight) => {
      calls.push([width, plotHeight]);
      const staged = await stage(width, plotHeight);
      return { ...staged, dispose: () => (disposed += 1) };
    };
    await composeSvg(frameWith('T'), { ...options, stage: spy });
    await composeSvg(frameWith('T'), { ...options, preset: 'report', stage: spy });
    // Slide: 1920 wide, margins 2×56, type scale 1.745…; report: 800 wide, margins 2×26, scale 0.8.
    expect(calls[0]?.[0]).toBeCloseTo((1920 - 112) / (1920 / 1100), 1);
    expect(calls[0]?.[1]).toBeGreaterThan(100);
    expect(calls[1]).toEqual([(800 - 52) / 0.8, null]);
    expect(disposed).toBe(2);
  });
});

describe('recolour', () => {
  it('maps each palette colour to the same role in the other theme, unambiguously', () => {
    const styles = [
      ...Object.values(currencyStyle),
      ...Object.values(kindStyle),
      ...Object.values(russiaFlowStyle),
    ];
    const pairs = [
      ...Object.keys(chartInk.light).map((k) => [chartInk.light[k as 'text'], chartInk.dark[k as 'text']]),
      ...Object.keys(seriesColors.light).map((k) => [
        seriesColors.light[k as 'exports'],
        seriesColors.dark[k as 'exports'],
      ]),
      ...styles.map((s) => [s.color.light, s.color.dark]),
    ];
    for (const [from, to] of [
      ['light', 'dark'],
      ['dark', 'light'],
    ] as [ResolvedTheme, ResolvedTheme][]) {
      for (const pair of pairs) {
        const source = from === 'light' ? pair[0] : pair[1];
        const target = from === 'light' ? pair[1] : pair[0];
        expect(recolour(`fill="${source ?? ''}"`, from, to).toLowerCase()).toBe(
          `fill="${(target ?? '').toLowerCase()}"`,
        );
      }
    }
  });
});

describe('wrap', () => {
  it('breaks long lines at words', () => {
    const lines = wrap('one two three four five six seven eight nine ten', 10, 100);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('one two three four five six seven eight nine ten');
  });
});

describe('fitInto', () => {
  const union = { x: 10, y: 20, width: 500, height: 200 };

  it('scales design pixels by the type scale and centres them across', () => {
    const { k, place } = fitInto(union, { x: 0, y: 100, width: 1200, height: 600 }, 2);
    expect(k).toBe(2);
    expect(place({ x: 10, y: 20, width: 500, height: 100 })).toEqual({
      x: 100,
      y: 100,
      width: 1000,
      height: 200,
    });
  });

  it('shrinks what would not fit', () => {
    expect(fitInto(union, { x: 0, y: 0, width: 1200, height: 300 }, 2).k).toBe(1.5);
  });
});

describe('fonts', () => {
  const faces = parseFontFaces(`
    @font-face { font-family: 'Inter'; font-weight: 400; src: url(./files/inter-latin.woff2) format('woff2'); unicode-range: U+0000-00FF,U+2013; }
    @font-face { font-family: 'Inter'; font-weight: 400; src: url(./files/inter-cyrillic.woff2) format('woff2'); unicode-range: U+0400-045F; }
    @font-face { font-family: 'Noto Sans SC'; font-weight: 400; src: url(./files/sc-1.woff2) format('woff2'); unicode-range: U+0025,U+4E2D; }
    @font-face { font-family: 'Noto Sans SC'; font-weight: 400; src: url(./files/sc-2.woff2) format('woff2'); unicode-range: U+56FD; }`);
  const files = (text: string) => facesFor(text, faces).map((face) => face.file);

  it('reads the faces of a Fontsource stylesheet', () => {
    expect(faces.map((face) => [face.family, face.file, face.ranges.length])).toEqual([
      ['Inter', 'inter-latin.woff2', 2],
      ['Inter', 'inter-cyrillic.woff2', 1],
      ['Noto Sans SC', 'sc-1.woff2', 2],
      ['Noto Sans SC', 'sc-2.woff2', 1],
    ]);
  });

  it('embeds only the subsets a text uses, the Chinese face only where Inter has no glyph', () => {
    expect(files('Trade 26%')).toEqual(['inter-latin.woff2']);
    expect(files('Россия – 26%')).toEqual(['inter-latin.woff2', 'inter-cyrillic.woff2']);
    expect(files('中国')).toEqual(['sc-1.woff2', 'sc-2.woff2']);
  });
});
