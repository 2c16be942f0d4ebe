import {
  chartInk,
  currencyStyle,
  kindStyle,
  russiaFlowStyle,
  seriesColors,
  type ResolvedTheme,
} from '@/lib/palette';
import { composeSvg, placeCharts, prefixIds, recolour, wrap } from '@/features/export/compose-svg';

const options = {
  preset: 'slide',
  theme: 'light',
  asOf: 'Data as of 14 Jan 2026',
  link: 'http://x/?a=1&b=2',
  fontCss: '',
  uid: 't1',
} as const;

function frameWith(title: string) {
  // A fixed fixture with the classes a chart frame renders; only the title varies.
  const parsed = new DOMParser().parseFromString(
    `<section>
    <h2 class="chart-frame__title"></h2><p class="chart-frame__subtitle">USD billions</p>
    <div class="chart-frame__body"><svg class="recharts-surface"><defs><clipPath id="clip"><rect/></clipPath></defs>
      <rect fill="#0072B2" clip-path="url(#clip)"/></svg>
      <button data-legend-item aria-pressed="true"><svg></svg>Exports</button></div>
    <p class="chart-frame__source">Source: GACC</p><div class="chart-frame__notes"><p>A note</p></div></section>`,
    'text/html',
  );
  const frame = parsed.body.firstElementChild;
  if (!(frame instanceof HTMLElement)) throw new Error('fixture did not parse');
  const heading = frame.querySelector('h2');
  if (heading) heading.textContent = title;
  document.body.append(frame);
  return frame;
}

describe('composeSvg', () => {
  afterEach(() => document.body.replaceChildren());

  it('draws title, subtitle, legend, source, notes, as-of and link into a slide-sized SVG', () => {
    const { svg, width, height } = composeSvg(frameWith('Trade hit a record'), options);
    expect([width, height]).toEqual([1920, 1080]);
    for (const text of [
      'Trade hit a record',
      'USD billions',
      'Exports',
      'Source: GACC',
      'A note',
      'Data as of 14 Jan 2026',
    ]) {
      expect(svg).toContain(text);
    }
    expect(svg).not.toContain('var(');
  });

  it('escapes text from the data', () => {
    const { svg } = composeSvg(frameWith('<script>alert(1)</script> & "quotes"'), options);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; "quotes"');
    expect(new DOMParser().parseFromString(svg, 'image/svg+xml').querySelector('parsererror')).toBeNull();
  });

  it('prefixes ids and their references so two exports can share a document', () => {
    const { svg } = composeSvg(frameWith('T'), options);
    expect(svg).toContain('id="t1-clip"');
    expect(svg).toContain('url(#t1-clip)');
    expect(prefixIds('<a href="#x" id="x" data-event-id="e"/>', 'u')).toBe(
      '<a href="#u-x" id="u-x" data-event-id="e"/>',
    );
  });

  it('lays a solid background unless the image is transparent', () => {
    expect(composeSvg(frameWith('T'), options).svg).toContain(`fill="${chartInk.light.surface}"`);
    expect(composeSvg(frameWith('T'), { ...options, theme: 'transparent' }).svg).not.toContain(
      'width="100%"',
    );
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

describe('placeCharts', () => {
  const stacked = [
    { box: { x: 0, y: 0, width: 400, height: 300 } },
    { box: { x: 0, y: 320, width: 400, height: 300 } },
  ];
  const union = { x: 0, y: 0, width: 400, height: 620 };

  it('sets stacked charts side by side on a wide image', () => {
    const cells = placeCharts(stacked, union, { x: 0, y: 0, width: 1800, height: 600 }).map((c) => c.cell);
    expect(cells[0]?.y).toBe(cells[1]?.y);
    expect(cells[1]?.x ?? 0).toBeGreaterThan((cells[0]?.x ?? 0) + (cells[0]?.width ?? 0));
    expect(cells[0]?.height).toBe(600);
  });

  it('keeps the arrangement on a tall image', () => {
    const cells = placeCharts(stacked, union, { x: 0, y: 0, width: 400, height: 620 }).map((c) => c.cell);
    expect(cells.map((c) => [c.x, c.y])).toEqual([
      [0, 0],
      [0, 320],
    ]);
  });
});
