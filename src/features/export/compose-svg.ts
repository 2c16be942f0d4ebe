import {
  chartInk,
  currencyStyle,
  kindStyle,
  russiaFlowStyle,
  seriesColors,
  type ResolvedTheme,
} from '@/lib/palette';
import { exportFontFamily } from '@/features/export/fonts';
import { sizePresets, type ExportTheme, type SizePreset } from '@/features/export/export-options';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The chart drawn off screen for the image, at a width and plot height of the image's choosing. */
export type Stage = (
  width: number,
  plotHeight: number | null,
) => Promise<{ element: HTMLElement; dispose: () => void; redraw: (plotHeight: number) => Promise<void> }>;

/** What an export needs besides the frame on screen. */
export type ComposeOptions = {
  preset: SizePreset;
  theme: ExportTheme;
  /** "Data as of 14 Jan 2026 · dataset 2026.11.1". */
  asOf: string;
  /** The link that reopens this exact view. */
  link: string;
  /** `@font-face` rules, files inlined, for the faces a text needs, so the image needs no network. */
  fontCss: (content: string) => Promise<string>;
  /** Draws the frame's chart again at the image's size. */
  stage: Stage;
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

/** The text of an element without the words meant only for the screen. */
const printedText = (el: Element | null) => {
  if (!el) return '';
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('[data-screen-only]').forEach((hint) => hint.remove());
  return copy.textContent.replace(/\s+/g, ' ').trim();
};

/** Reads what the frame says around the chart: its texts and its legend. */
function readFrame(frame: HTMLElement) {
  const legend = [...frame.querySelectorAll<HTMLElement>('[data-legend-item][aria-pressed="true"]')].map(
    (item) => ({
      glyph: item.querySelector('svg'),
      label: item.textContent.trim(),
    }),
  );
  return {
    title: printedText(frame.querySelector('.chart-frame__title')),
    subtitle: printedText(frame.querySelector('.chart-frame__subtitle')),
    source: printedText(frame.querySelector('.chart-frame__source')),
    notes: [...frame.querySelectorAll('.chart-frame__notes p')].map(printedText).filter(Boolean),
    legend,
  };
}

/** Reads the staged chart: its plot surfaces and the headings over them, placed relative to it. */
function readStage(stage: HTMLElement) {
  const origin = stage.getBoundingClientRect();
  const relative = (el: Element): Box => {
    const rect = el.getBoundingClientRect();
    return { x: rect.left - origin.left, y: rect.top - origin.top, width: rect.width, height: rect.height };
  };
  return {
    charts: [...stage.querySelectorAll<SVGSVGElement>('svg.recharts-surface')].map((svg) => ({
      svg,
      box: relative(svg),
    })),
    headings: [...stage.querySelectorAll<HTMLElement>('[data-export-heading]')].map((heading) => ({
      label: printedText(heading),
      box: relative(heading),
      fontSize: parseFloat(getComputedStyle(heading).fontSize) || 14,
    })),
  };
}

/** The union of boxes, so the charts and headings of one frame keep their arrangement. */
const unionBox = (boxes: readonly Box[]): Box => {
  if (!boxes.length) return { x: 0, y: 0, width: 1, height: 1 };
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x, y, width: Math.max(1, right - x), height: Math.max(1, bottom - y) };
};

/**
 * Scale and offset that set the staged content into the image's chart area: `scale` design
 * pixels to image pixels, less if it would not fit, centred across.
 */
export function fitInto(union: Box, area: Box, scale: number) {
  const k = Math.min(scale, area.width / union.width, area.height / union.height);
  return {
    k,
    place: (box: Box): Box => ({
      x: area.x + (area.width - union.width * k) / 2 + (box.x - union.x) * k,
      y: area.y + (box.y - union.y) * k,
      width: box.width * k,
      height: box.height * k,
    }),
  };
}

/** Smallest plot height worth drawing, in design pixels. */
const MIN_PLOT = 120;

/**
 * Composes a chart frame into a standalone SVG for slides and reports: title, subtitle, legend,
 * the chart, source, notes, as-of date and link, in the export theme, with fonts inlined and ids
 * made unique. Nothing is screenshotted: the chart is drawn again off screen for the image, at a
 * design width of the image's width over its type scale, so it lays out for the size and its
 * type and lines grow with the image, as the title's do.
 */
export async function composeSvg(frame: HTMLElement, options: ComposeOptions): Promise<Composition> {
  const content = readFrame(frame);
  const screenTheme: ResolvedTheme = document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
  const inkTheme: ResolvedTheme = options.theme === 'dark' ? 'dark' : 'light';
  const ink = chartInk[inkTheme];
  const preset = sizePresets[options.preset];
  const screenWidth = frame.querySelector('.chart-frame__body')?.getBoundingClientRect().width ?? 0;
  const width = preset.width ?? Math.max(640, Math.round(screenWidth + 48));
  const s = Math.min(1.8, Math.max(0.8, width / 1100));
  const margin = Math.round(32 * s);
  const inner = width - 2 * margin;
  const sizes = { title: 28 * s, subtitle: 17 * s, legend: 15 * s, footer: 12 * s };
  // "As on screen" keeps the screen's type size; the other presets scale it with the image.
  const chartScale = preset.width ? s : 1;

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

  // Draw the chart for the image: at the area's height where the image has one (a second pass
  // takes off what the headings and legends under the plots need), else at its own height.
  const designWidth = inner / chartScale;
  const fixedArea = preset.height ? Math.max(50, preset.height - margin - footerHeight - y) : null;
  const designPlot = fixedArea === null ? null : Math.max(MIN_PLOT, fixedArea / chartScale);
  const staged = await options.stage(designWidth, designPlot);
  let height: number;
  try {
    if (designPlot !== null) {
      const overhead = staged.element.offsetHeight - designPlot;
      if (overhead > 1) await staged.redraw(Math.max(MIN_PLOT, designPlot - overhead));
    }
    const { charts, headings } = readStage(staged.element);
    const union = unionBox([...charts, ...headings].map((part) => part.box));
    height = preset.height ?? Math.round(y + union.height * chartScale + footerHeight + margin);
    const area = { x: margin, y, width: inner, height: fixedArea ?? union.height * chartScale };
    const { k, place } = fitInto(union, area, chartScale);
    for (const { svg, box } of charts) {
      const clone = svg.cloneNode(true) as SVGSVGElement;
      clone.querySelectorAll('.recharts-tooltip-cursor, .recharts-active-dot').forEach((el) => el.remove());
      clone.removeAttribute('style');
      clone.removeAttribute('tabindex');
      clone.removeAttribute('role');
      clone.setAttribute('viewBox', `0 0 ${box.width} ${box.height}`);
      for (const [key, value] of Object.entries(place(box))) clone.setAttribute(key, String(value));
      body.append(clone);
    }
    for (const heading of headings) {
      const cell = place(heading.box);
      const size = heading.fontSize * k;
      body.append(
        text(heading.label, cell.x, cell.y + size, {
          'font-size': size.toFixed(1),
          'font-weight': 600,
          fill: ink.text,
        }),
      );
    }
  } finally {
    staged.dispose();
  }

  y = height - margin - footerHeight + 16 * s;
  addLines(footerLines, sizes.footer, { fill: ink.muted }, 1.4);

  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('font-family', exportFontFamily);
  const style = document.createElementNS(SVG_NS, 'style');
  style.textContent = await options.fontCss(body.textContent);
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
