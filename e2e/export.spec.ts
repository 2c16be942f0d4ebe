import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { annualChart, expect, test } from './fixtures';

test.afterEach(({ pageErrors }) => {
  expect(pageErrors).toEqual([]);
});

type ApiList<T> = { data: T[] };
type AnnualRow = { year: number; total: { value: number } };
type SanctionsRow = { id: string; title: string };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Opens the dashboard and waits for its first chart. */
async function openDashboard(page: Page, url = '/') {
  await page.goto(url);
  await annualChart(page);
}

/** A chart frame by its export id. */
const frameOf = (page: Page, id: string) => page.locator(`section[data-frame-id="${id}"]`);

/** Opens a frame's Export panel, optionally picks a size and an image theme. */
async function openExport(frame: Locator, options: { preset?: string; theme?: string } = {}) {
  await frame.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(frame.getByRole('menu')).toBeVisible();
  if (options.preset) await frame.getByLabel('Size').selectOption(options.preset);
  if (options.theme) await frame.getByLabel('Image theme').selectOption(options.theme);
}

/** Clicks a menu item and returns the downloaded file's name and bytes. */
async function downloadFrom(item: Locator) {
  const [download] = await Promise.all([item.page().waitForEvent('download'), item.click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

/** Exports one frame through its Export menu and checks the status line names the saved file. */
async function exportFrame(
  page: Page,
  id: string,
  item: string,
  options: { preset?: string; theme?: string } = {},
) {
  const frame = frameOf(page, id);
  await openExport(frame, options);
  const file = await downloadFrom(frame.getByRole('menuitem', { name: item, exact: true }));
  await expect(frame.getByRole('status').filter({ hasText: 'Saved' })).toHaveText(`Saved ${file.name}`);
  return file;
}

type Decoded = { width: number; height: number; topLeftAlpha: number; colours: number };

/** Decodes a PNG in the browser, as an image viewer would, and samples its pixels on a grid. */
function decodePng(page: Page, bytes: Buffer): Promise<Decoded> {
  return page.evaluate(async (base64) => {
    const binary = atob(base64);
    const data = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) data[i] = binary.charCodeAt(i);
    const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }), {
      premultiplyAlpha: 'none',
      colorSpaceConversion: 'none',
    });
    const canvas = document.createElement('canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('no 2D canvas');
    context.drawImage(bitmap, 0, 0);
    const colours = new Set<string>();
    const steps = 64;
    for (let gx = 0; gx < steps; gx += 1) {
      for (let gy = 0; gy < steps; gy += 1) {
        const x = Math.floor(((gx + 0.5) * bitmap.width) / steps);
        const y = Math.floor(((gy + 0.5) * bitmap.height) / steps);
        colours.add(context.getImageData(x, y, 1, 1).data.join(','));
      }
    }
    return {
      width: bitmap.width,
      height: bitmap.height,
      topLeftAlpha: context.getImageData(0, 0, 1, 1).data[3] ?? -1,
      colours: colours.size,
    };
  }, bytes.toString('base64'));
}

/** Width and height from a PNG's IHDR chunk, without decoding it. */
const ihdrSize = (bytes: Buffer) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

const startsWithPngSignature = (bytes: Uint8Array) => PNG_SIGNATURE.every((byte, i) => bytes[i] === byte);

/** RFC 4180 parsing (quoted fields, doubled quotes, CRLF), enough to read back what was exported. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charAt(i);
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += char;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

type SvgFacts = {
  parseError: string | null;
  rootWidth: string | null;
  rootHeight: string | null;
  text: string;
  fullSizeBackgrounds: number;
  ids: string[];
  danglingRefs: string[];
};

/**
 * Runs a check on exported files in a blank page of the same browser: the dashboard's
 * Content-Security-Policy rightly refuses the inline styles an editor would read in them.
 */
async function inBlankPage<T>(page: Page, check: (blank: Page) => Promise<T>): Promise<T> {
  const blank = await page.context().newPage();
  try {
    return await check(blank);
  } finally {
    await blank.close();
  }
}

/** Parses an exported SVG in the browser and reports what a reader or an editor would see. */
function inspectSvg(page: Page, svg: string): Promise<SvgFacts> {
  return inBlankPage(page, (blank) =>
    blank.evaluate((markup) => {
      const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
      const error = doc.querySelector('parsererror');
      const root = doc.documentElement;
      const width = root.getAttribute('width');
      const height = root.getAttribute('height');
      const isFull = (value: string | null, full: string | null) =>
        value === '100%' || (value !== null && value === full);
      const fullSizeBackgrounds = [...doc.querySelectorAll('rect')].filter(
        (rect) =>
          isFull(rect.getAttribute('width'), width) &&
          isFull(rect.getAttribute('height'), height) &&
          rect.getAttribute('fill') !== 'none',
      ).length;
      const ids = [...doc.querySelectorAll('[id]')].map((el) => el.id);
      const refs = [
        ...[...markup.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1] ?? ''),
        ...[...markup.matchAll(/href="#([^"]+)"/g)].map((m) => m[1] ?? ''),
      ];
      return {
        parseError: error ? error.textContent : null,
        rootWidth: width,
        rootHeight: height,
        text: [...doc.querySelectorAll('text')]
          .map((el) => el.textContent)
          .join(' ')
          .replace(/\s+/g, ' '),
        fullSizeBackgrounds,
        ids,
        danglingRefs: refs.filter((id) => !ids.includes(id)),
      };
    }, svg),
  );
}

test.describe('PNG export', () => {
  test('PNG 2× of the trade chart at the slide size is 3840×2160, opaque and not blank', async ({ page }) => {
    await openDashboard(page);
    const file = await exportFrame(page, 'trade-annual', 'PNG 2× (default)');
    expect(file.name).toBe('trade-annual@2x.png');
    expect(startsWithPngSignature(file.bytes)).toBe(true);
    const png = await decodePng(page, file.bytes);
    expect(png.width).toBe(3840);
    expect(png.height).toBe(2160);
    expect(png.topLeftAlpha).toBe(255);
    // A drawn chart (bars in several colours, text, axes) shows many distinct colours on a grid.
    expect(png.colours).toBeGreaterThanOrEqual(8);
  });

  test('PNG 1× is 1920×1080 and PNG 4× is 7680×4320', async ({ page }) => {
    await openDashboard(page);
    const one = await exportFrame(page, 'trade-annual', 'PNG 1×');
    expect(one.name).toBe('trade-annual@1x.png');
    const decoded = await decodePng(page, one.bytes);
    expect({ width: decoded.width, height: decoded.height }).toEqual({ width: 1920, height: 1080 });
    expect(decoded.colours).toBeGreaterThanOrEqual(8);

    const four = await exportFrame(page, 'trade-annual', 'PNG 4×');
    expect(four.name).toBe('trade-annual@4x.png');
    expect(startsWithPngSignature(four.bytes)).toBe(true);
    expect(ihdrSize(four.bytes)).toEqual({ width: 7680, height: 4320 });
  });
});

test.describe('SVG export', () => {
  test('the trade chart’s SVG is standalone: title, source, as-of date, inlined fonts, no CSS variables or external references', async ({
    page,
  }) => {
    await openDashboard(page);
    const frame = frameOf(page, 'trade-annual');
    const title = ((await frame.getByRole('heading', { level: 2 }).textContent()) ?? '').trim();
    expect(title.length).toBeGreaterThan(0);

    const file = await exportFrame(page, 'trade-annual', 'SVG');
    expect(file.name).toBe('trade-annual.svg');
    const svg = file.bytes.toString('utf8');
    const facts = await inspectSvg(page, svg);
    expect(facts.parseError).toBeNull();
    expect([facts.rootWidth, facts.rootHeight]).toEqual(['1920', '1080']);
    expect(facts.text).toContain(title.replace(/\s+/g, ' '));
    expect(facts.text).toContain('Source:');
    expect(facts.text).toContain('Data as of');
    expect(svg).toContain('@font-face');
    expect(svg).not.toContain('var(');
    expect(svg).not.toMatch(/href="https?:/i);
    expect(svg).not.toMatch(/url\(\s*['"]?https?:/i);
    expect(svg).not.toMatch(/<image\b[^>]*href="(?!data:)/i);
    // The default light theme paints a background.
    expect(facts.fullSizeBackgrounds).toBeGreaterThan(0);
  });

  test('the transparent image theme leaves out the background in SVG and PNG', async ({ page }) => {
    await openDashboard(page);
    const svgFile = await exportFrame(page, 'trade-annual', 'SVG', { theme: 'transparent' });
    const facts = await inspectSvg(page, svgFile.bytes.toString('utf8'));
    expect(facts.parseError).toBeNull();
    expect(facts.fullSizeBackgrounds).toBe(0);

    // The choice is kept for the next export.
    const pngFile = await exportFrame(page, 'trade-annual', 'PNG 2× (default)');
    const png = await decodePng(page, pngFile.bytes);
    expect([png.width, png.height]).toEqual([3840, 2160]);
    expect(png.topLeftAlpha).toBe(0);
    expect(png.colours).toBeGreaterThanOrEqual(4);
  });

  test('ids stay unique when several exported SVGs share one document', async ({ page }) => {
    await openDashboard(page);
    await expect(page.getByTestId('settlement-statements-chart')).toBeVisible();
    const svgs = [
      (await exportFrame(page, 'trade-annual', 'SVG')).bytes.toString('utf8'),
      (await exportFrame(page, 'trade-annual', 'SVG')).bytes.toString('utf8'),
      (await exportFrame(page, 'settlement', 'SVG')).bytes.toString('utf8'),
    ];
    for (const svg of svgs) {
      const facts = await inspectSvg(page, svg);
      expect(facts.parseError).toBeNull();
      // Charts use ids (clip paths); a test of uniqueness needs some to exist.
      expect(facts.ids.length).toBeGreaterThan(0);
      expect(facts.danglingRefs).toEqual([]);
    }
    const shared = await inBlankPage(page, (blank) =>
      blank.evaluate((markups) => {
        const container = document.createElement('div');
        container.hidden = true;
        for (const markup of markups) {
          const svg = new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
          container.append(document.importNode(svg, true));
        }
        document.body.append(container);
        const ids = [...container.querySelectorAll('[id]')].map((el) => el.id);
        container.remove();
        return { count: ids.length, repeated: [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))] };
      }, svgs),
    );
    expect(shared.count).toBeGreaterThan(0);
    expect(shared.repeated).toEqual([]);
  });
});

test.describe('CSV export', () => {
  test('the trade CSV holds exactly the API rows for the period, with units in the header', async ({
    page,
  }) => {
    await openDashboard(page, '/?from=2016-01&to=2020-12');
    const api = await page.evaluate(
      async () => (await (await fetch('/api/v1/trade/annual')).json()) as ApiList<AnnualRow>,
    );
    const expected = api.data.filter((row) => row.year >= 2016 && row.year <= 2020);
    expect(expected.length).toBe(5);

    const file = await exportFrame(page, 'trade-annual', 'CSV');
    expect(file.name).toBe('trade-annual.csv');
    const text = file.bytes.toString('utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toContain('\n');
    const [header = [], ...rows] = parseCsv(text);
    expect(header.slice(0, 2)).toEqual(['year', 'total (USD bn)']);
    expect(header).toContain('total status');
    expect(header).toContain('sources');
    expect(rows.every((row) => row.length === header.length)).toBe(true);

    const lines = text.split('\r\n').slice(1, -1);
    expect(lines.map((line) => line.split(',').slice(0, 2).map(Number))).toEqual(
      expected.map((row) => [row.year, row.total.value]),
    );
    const sources = header.indexOf('sources');
    for (const row of rows) expect(row[sources]?.length ?? 0).toBeGreaterThan(0);
  });

  test('the sanctions CSV holds exactly the events the API gives for the period and kind', async ({
    page,
  }) => {
    await openDashboard(page, '/?from=2022-01&to=2022-12&kind=financial');
    const events = await page.evaluate(
      async () =>
        (
          (await (
            await fetch('/api/v1/sanctions?from=2022-01-01&to=2022-12-31&kind=financial')
          ).json()) as ApiList<SanctionsRow>
        ).data,
    );
    expect(events.length).toBeGreaterThan(0);
    await expect(page.getByTestId('sanctions-timeline-chart')).toBeVisible();

    const file = await exportFrame(page, 'sanctions', 'CSV');
    expect(file.name).toBe('sanctions-events.csv');
    const [header = [], ...rows] = parseCsv(file.bytes.toString('utf8'));
    expect(header[0]).toBe('date');
    const title = header.indexOf('title');
    expect(title).toBeGreaterThan(0);
    expect(rows).toHaveLength(events.length);
    expect(rows.map((row) => row[title])).toEqual(events.map((event) => event.title));
  });
});

test.describe('composition for the size', () => {
  /** The design width each chart surface in an exported SVG was drawn at (its viewBox width). */
  const surfaceWidths = (svg: string) =>
    [...svg.matchAll(/<svg class="recharts-surface"[^>]*viewBox="0 0 ([\d.]+) /g)].map((m) => Number(m[1]));

  test('a slide exported from a phone is laid out for the slide, not the phone', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openDashboard(page);
    const slide = (await exportFrame(page, 'trade-annual', 'SVG')).bytes.toString('utf8');
    // 1920 wide less margins, over the type scale: the chart is drawn about 1036 px wide, as on a
    // desktop, while the phone shows it about 350 px wide.
    expect(surfaceWidths(slide)).toEqual([expect.closeTo(1036, 0)]);
    const report = (await exportFrame(page, 'trade-annual', 'SVG', { preset: 'report' })).bytes.toString(
      'utf8',
    );
    expect(surfaceWidths(report)).toEqual([expect.closeTo(935, 0)]);
  });

  for (const { screen, width } of [
    { screen: 'a laptop', width: 1280 },
    { screen: 'a phone', width: 390 },
  ]) {
    test(`“As on screen” keeps the screen’s layout: on ${screen}, the image has the bar totals the screen has`, async ({
      page,
    }) => {
      // At 1280 px each chart is about 600 px wide: too narrow for an image to choose the desktop
      // layout by its own width, yet the screen shows it.
      await page.setViewportSize({ width, height: 1600 });
      await openDashboard(page);
      const onScreen = await (await annualChart(page)).locator('.chart-label').allTextContents();
      const svg = (await exportFrame(page, 'trade-annual', 'SVG', { preset: 'screen' })).bytes.toString(
        'utf8',
      );
      const inImage = [...svg.matchAll(/<text[^>]*class="chart-label"[^>]*>([^<]*)</g)].map((m) => m[1]);
      expect(inImage).toEqual(onScreen);
    });
  }

  test('the image keeps the sub-headings and drops the words meant for the screen', async ({ page }) => {
    await openDashboard(page);
    await expect(page.getByTestId('settlement-statements-chart')).toBeVisible();
    const frame = frameOf(page, 'settlement');
    await expect(frame.locator('.chart-frame__source')).toContainText('Hover a point');
    const facts = await inspectSvg(
      page,
      (await exportFrame(page, 'settlement', 'SVG')).bytes.toString('utf8'),
    );
    expect(facts.text).toContain('Rubles + yuan, as stated or published');
    expect(facts.text).toContain('Published breakdowns by currency');
    expect(facts.text).toContain('Sources: statements by Russian officials');
    expect(facts.text.toLowerCase()).not.toContain('hover');
    expect(facts.text).not.toContain('tooltip');
  });

  test('Cyrillic and Chinese text gets its fonts embedded and renders in the PNG', async ({ page }) => {
    await openDashboard(page);
    const title = 'Товарооборот 中俄贸易额';
    await frameOf(page, 'trade-annual')
      .getByRole('heading', { level: 2 })
      .evaluate((heading, text) => (heading.textContent = text), title);
    const svg = (await exportFrame(page, 'trade-annual', 'SVG')).bytes.toString('utf8');
    expect((await inspectSvg(page, svg)).text).toContain(title);
    expect(svg).toMatch(/font-family:'Inter';[^}]*unicode-range:[^;}]*U\+400-45f/i);
    expect(svg).toContain("font-family:'Noto Sans SC'");
    // This machine has no Chinese system font: without the embedded face the glyphs would be empty
    // boxes, so the picture with it must differ from the picture without it.
    const differs = await inBlankPage(page, (blank) =>
      blank.evaluate(async (markup) => {
        const draw = async (source: string) => {
          const image = new Image();
          const loaded = new Promise((resolve) => image.addEventListener('load', resolve, { once: true }));
          image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(source)}`;
          await loaded;
          const canvas = document.createElement('canvas');
          canvas.width = 1920;
          canvas.height = 200;
          const context = canvas.getContext('2d', { willReadFrequently: true });
          if (!context) throw new Error('no 2D canvas');
          context.drawImage(image, 0, 0);
          return context.getImageData(0, 0, 1920, 200).data;
        };
        const withFace = await draw(markup);
        const withoutFace = await draw(markup.replace(/@font-face\{font-family:'Noto Sans SC'[^}]*\}/g, ''));
        return withFace.some((value, i) => value !== withoutFace[i]);
      }, svg),
    );
    expect(differs).toBe(true);
  });
});

test('Export all (PNG) zips a PNG and a CSV for each of the three charts', async ({ page }) => {
  await openDashboard(page);
  await expect(page.getByTestId('settlement-statements-chart')).toBeVisible();
  await expect(page.getByTestId('sanctions-timeline-chart')).toBeVisible();
  await page.getByRole('button', { name: 'Export all', exact: true }).click();
  const file = await downloadFrom(page.getByRole('menuitem', { name: 'PNG 2× and CSV (zip)' }));
  expect(file.name).toBe('china-russia-charts.zip');
  await expect(page.getByRole('status').filter({ hasText: 'Saved china-russia-charts.zip' })).toHaveText(
    'Saved china-russia-charts.zip (3 charts)',
  );

  const files = unzipSync(new Uint8Array(file.bytes));
  expect(Object.keys(files).sort()).toEqual(
    [
      'trade-annual.png',
      'settlement.png',
      'sanctions.png',
      'trade-annual.csv',
      'settlement-russia-china.csv',
      'sanctions-events.csv',
    ].sort(),
  );
  for (const name of ['trade-annual.png', 'settlement.png', 'sanctions.png']) {
    const bytes = files[name] ?? new Uint8Array();
    expect(startsWithPngSignature(bytes), name).toBe(true);
    expect(ihdrSize(Buffer.from(bytes)), name).toEqual({ width: 3840, height: 2160 });
  }
  expect(strFromU8(files['trade-annual.csv'] ?? new Uint8Array())).toMatch(/^year,total \(USD bn\),/);
  expect(strFromU8(files['settlement-russia-china.csv'] ?? new Uint8Array())).toMatch(/^period,/);
  expect(strFromU8(files['sanctions-events.csv'] ?? new Uint8Array())).toMatch(/^date,/);
});

test.describe('Copy image', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('puts a 3840×2160 PNG of the chart on the clipboard', async ({ page }) => {
    await openDashboard(page);
    const frame = frameOf(page, 'trade-annual');
    await openExport(frame);
    await frame.getByRole('menuitem', { name: 'Copy image', exact: true }).click();
    await expect(frame.getByRole('status').filter({ hasText: 'clipboard' })).toHaveText(
      'Image copied to the clipboard',
    );
    const pasted = await page.evaluate(async () => {
      for (const item of await navigator.clipboard.read()) {
        if (!item.types.includes('image/png')) continue;
        const bitmap = await createImageBitmap(await item.getType('image/png'));
        return { width: bitmap.width, height: bitmap.height };
      }
      return null;
    });
    expect(pasted).toEqual({ width: 3840, height: 2160 });
  });
});

test('the Export menu works from the keyboard', async ({ page }) => {
  await openDashboard(page);
  const frame = frameOf(page, 'trade-annual');
  const button = frame.getByRole('button', { name: 'Export', exact: true });
  await button.focus();
  await page.keyboard.press('Enter');
  const menu = frame.getByRole('menu');
  await expect(menu).toBeVisible();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const items = menu.getByRole('menuitem');
  await expect(items).toHaveText(['PNG 1×', 'PNG 2× (default)', 'PNG 4×', 'SVG', 'Copy image', 'CSV']);
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(2)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(items.nth(1)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(button).toBeFocused();
});
