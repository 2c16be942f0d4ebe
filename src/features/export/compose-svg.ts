import {
  chartInk,
  currencyStyle,
  kindStyle,
  russiaFlowStyle,
  seriesColors,
  type ResolvedTheme,
} from '@/lib/palette';
import { sizePresets, type ExportTheme, type SizePreset } from '@/features/export/export-options';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** What an export needs besides the frame on screen. */
export type ComposeOptions = {
  preset: SizePreset;
  theme: ExportTheme;
  /** "Data as of 14 Jan 2026 · dataset 2026.11.1". */
  asOf: string;
  /** The link that reopens this exact view. */
  link: string;
  /** `@font-face` rules with the font files inlined, so the image needs no network. */
  fontCss: string;
  /** Prefix for every element id, unique per export, so two exports can share a document. */
  uid: string;
};

/** The composed picture: SVG text and its size in CSS pixels. */
export type Composition = { svg: string; width: number; height: number };

type Box = { x: number; y: number; width: number; height: number };

/** Every palette colour of one theme mapped to the same role's colour in the other theme. */
function themeColourMap(from: ResolvedTheme, to: ResolvedTheme): Map<string, string> {
  const map = new Map<string, string>();
  const add = (a: string, b: string) => map.set(a.toLowerCase(), b);
  for (const key of Object.keys(chartInk.light) as (keyof typeof chartInk.light)[])
    add(chartInk[from][key], chartInk[to][key]);
  for (const key of Object.keys(seriesColors.light) as (keyof typeof seriesColors.light)[]) {
    add(seriesColors[from][key], seriesColors[to][key]);
  }
  for (const style of [
    ...Object.values(currencyStyle),
    ...Object.values(kindStyle),
    ...Object.values(russiaFlowStyle),
  ]) {
    add(style.color[from], style.color[to]);
  }
  return map;
}

/** Swaps the screen theme's palette colours for the export theme's, in one pass. */
export function recolour(markup: string, from: ResolvedTheme, to: ResolvedTheme): string {
  if (from === to) return markup;
  const map = themeColourMap(from, to);
  const pattern = new RegExp([...map.keys()].join('|'), 'gi');
  return markup.replace(pattern, (hex) => map.get(hex.toLowerCase()) ?? hex);
}

/** Prefixes ids and the references to them, so ids stay unique across exports. */
export function prefixIds(markup: string, uid: string): string {
  return markup
    .replace(/(\s)id="([^"]+)"/g, `$1id="${uid}-$2"`)
    .replace(/url\(#([^)]+)\)/g, `url(#${uid}-$1)`)
    .replace(/href="#([^"]+)"/g, `href="#${uid}-$1"`);
}

const text = (content: string, x: number, y: number, attrs: Record<string, string | number>) => {
  const el = document.createElementNS(SVG_NS, 'text');
  el.setAttribute('x', String(x));
  el.setAttribute('y', String(y));
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, String(value));
  // textContent escapes whatever the data holds; nothing from the data becomes markup.
  el.textContent = content;
  return el;
};

/** Greedy word wrap by an average glyph width, good enough for titles and footers. */
export function wrap(content: string, fontSize: number, maxWidth: number): string[] {
  const perLine = Math.max(12, Math.floor(maxWidth / (fontSize * 0.53)));
  const lines: string[] = [];
  let line = '';
  for (const word of content.split(/\s+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > perLine) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

const relative = (el: Element, origin: DOMRect): Box => {
  const rect = el.getBoundingClientRect();
  return { x: rect.left - origin.left, y: rect.top - origin.top, width: rect.width, height: rect.height };
};

/** Reads what the frame shows: its texts, its chart surfaces and its legend. */
function readFrame(frame: HTMLElement) {
  const textOf = (selector: string) => frame.querySelector(selector)?.textContent.trim() ?? '';
  const body = frame.querySelector('.chart-frame__body') ?? frame;
  const origin = body.getBoundingClientRect();
  const charts = [...body.querySelectorAll<SVGSVGElement>('svg.recharts-surface')].map((svg) => ({
    svg,
    box: relative(svg, origin),
  }));
  const legend = [...frame.querySelectorAll<HTMLElement>('[data-legend-item][aria-pressed="true"]')].map(
    (item) => ({
      glyph: item.querySelector('svg'),
      label: item.textContent.trim(),
    }),
  );
  return {
    title: textOf('.chart-frame__title'),
    subtitle: textOf('.chart-frame__subtitle'),
    source: textOf('.chart-frame__source'),
    notes: [...frame.querySelectorAll('.chart-frame__notes p')]
      .map((p) => p.textContent.trim())
      .filter(Boolean),
    charts,
    legend,
  };
}

/** The union of the chart boxes, so several charts in one frame keep their arrangement. */
const unionBox = (boxes: readonly Box[]): Box => {
  if (!boxes.length) return { x: 0, y: 0, width: 1, height: 1 };
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x, y, width: Math.max(1, right - x), height: Math.max(1, bottom - y) };
};

/**
 * Where each chart goes in the image. Charts keep their on-screen arrangement, rescaled and
 * centred; but charts stacked on a narrow screen are set side by side when the image is wide (a
 * slide), so they fill it instead of shrinking into a column.
 */
export function placeCharts<T extends { box: Box }>(
  charts: readonly T[],
  union: Box,
  area: Box,
): (T & { cell: Box })[] {
  const sideBySide = charts.length > 1 && area.width / area.height > 1.5 * (union.width / union.height);
  if (sideBySide) {
    const gap = area.width * 0.03;
    const cellWidth = (area.width - gap * (charts.length - 1)) / charts.length;
    return charts.map((chart, i) => {
      const k = Math.min(cellWidth / chart.box.width, area.height / chart.box.height);
      const width = chart.box.width * k;
      const height = chart.box.height * k;
      const x = area.x + i * (cellWidth + gap) + (cellWidth - width) / 2;
      return { ...chart, cell: { x, y: area.y + (area.height - height) / 2, width, height } };
    });
  }
  const k = Math.min(area.width / union.width, area.height / union.height);
  const left = area.x + (area.width - union.width * k) / 2;
  return charts.map((chart) => ({
    ...chart,
    cell: {
      x: left + (chart.box.x - union.x) * k,
      y: area.y + (chart.box.y - union.y) * k,
      width: chart.box.width * k,
      height: chart.box.height * k,
    },
  }));
}

/**
 * Composes a chart frame into a standalone SVG for slides and reports: title, subtitle, legend,
 * the chart (vector, rescaled to the size), source, notes, as-of date and link, in the export
 * theme, with fonts inlined and ids made unique. Nothing is screenshotted.
 */
export function composeSvg(frame: HTMLElement, options: ComposeOptions): Composition {
  const content = readFrame(frame);
  const screenTheme: ResolvedTheme = document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
  const inkTheme: ResolvedTheme = options.theme === 'dark' ? 'dark' : 'light';
  const ink = chartInk[inkTheme];
  const chartBox = unionBox(content.charts.map((c) => c.box));
  const preset = sizePresets[options.preset];
  const width = preset.width ?? Math.max(640, Math.round(chartBox.width + 48));
  const s = Math.min(1.8, Math.max(0.8, width / 1100));
  const margin = Math.round(32 * s);
  const inner = width - 2 * margin;
  const sizes = { title: 28 * s, subtitle: 17 * s, legend: 15 * s, footer: 13 * s };

  const root = document.createElementNS(SVG_NS, 'svg');
  const body = document.createElementNS(SVG_NS, 'g');
  let y = margin;
  const addLines = (lines: string[], size: number, attrs: Record<string, string | number>, gap = 1.3) => {
    for (const line of lines) {
      y += size;
      body.append(text(line, margin, y, { 'font-size': size.toFixed(1), ...attrs }));
      y += size * (gap - 1);
    }
  };
  addLines(
    wrap(content.title, sizes.title, inner),
    sizes.title,
    { 'font-weight': 600, fill: ink.text },
    1.25,
  );
  y += 6 * s;
  addLines(wrap(content.subtitle, sizes.subtitle, inner), sizes.subtitle, { fill: ink.muted });

  if (content.legend.length) {
    y += 14 * s;
    let x = margin;
    const rowHeight = sizes.legend * 1.6;
    let rowY = y;
    for (const item of content.legend) {
      const itemWidth = sizes.legend * (1.6 + item.label.length * 0.55) + 16 * s;
      if (x + itemWidth > width - margin && x > margin) {
        x = margin;
        rowY += rowHeight;
      }
      if (item.glyph) {
        const glyph = item.glyph.cloneNode(true) as SVGSVGElement;
        glyph.setAttribute('x', String(x));
        glyph.setAttribute('y', String(rowY + sizes.legend * 0.1));
        glyph.setAttribute('width', String(sizes.legend));
        glyph.setAttribute('height', String(sizes.legend));
        body.append(glyph);
      }
      body.append(
        text(item.label, x + sizes.legend * 1.4, rowY + sizes.legend, {
          'font-size': sizes.legend.toFixed(1),
          fill: ink.text,
        }),
      );
      x += itemWidth;
    }
    y = rowY + rowHeight;
  }

  const footerLines = [
    ...wrap(content.source, sizes.footer, inner),
    ...content.notes.flatMap((note) => wrap(note, sizes.footer, inner)),
    ...wrap(`${options.asOf} · ${options.link}`, sizes.footer, inner),
  ];
  const footerHeight = footerLines.length * sizes.footer * 1.4 + 16 * s;
  y += 12 * s;
  const naturalScale = Math.min(inner / chartBox.width, 2.5);
  const height = preset.height ?? Math.round(y + chartBox.height * naturalScale + footerHeight + margin);
  const area = { x: margin, y, width: inner, height: Math.max(50, height - margin - footerHeight - y) };
  for (const { svg, box, cell } of placeCharts(content.charts, chartBox, area)) {
    const clone = svg.cloneNode(true) as SVGSVGElement;
    clone.querySelectorAll('.recharts-tooltip-cursor, .recharts-active-dot').forEach((el) => el.remove());
    clone.removeAttribute('style');
    clone.removeAttribute('tabindex');
    clone.removeAttribute('role');
    clone.setAttribute('viewBox', `0 0 ${box.width} ${box.height}`);
    for (const [key, value] of Object.entries(cell)) clone.setAttribute(key, String(value));
    body.append(clone);
  }

  y = height - margin - footerHeight + 16 * s;
  addLines(footerLines, sizes.footer, { fill: ink.muted }, 1.4);

  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('font-family', 'Inter, "Noto Sans", "Noto Sans CJK SC", system-ui, sans-serif');
  const style = document.createElementNS(SVG_NS, 'style');
  style.textContent = options.fontCss;
  const defs = document.createElementNS(SVG_NS, 'defs');
  defs.append(style);
  root.append(defs);
  if (options.theme !== 'transparent') {
    const background = document.createElementNS(SVG_NS, 'rect');
    background.setAttribute('width', '100%');
    background.setAttribute('height', '100%');
    background.setAttribute('fill', ink.surface);
    root.append(background);
  }
  root.append(body);

  const markup = new XMLSerializer().serializeToString(root);
  return { svg: prefixIds(recolour(markup, screenTheme, inkTheme), options.uid), width, height };
}
