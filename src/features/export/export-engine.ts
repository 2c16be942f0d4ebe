import type { QueryClient } from '@tanstack/react-query';
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { ReactNode } from 'react';
import type { CsvTable } from '@/components/chart-frame/frame-tools';
import { composeSvg, type Composition } from '@/features/export/compose-svg';
import type { ExportTheme, SizePreset } from '@/features/export/export-options';
import { embeddedFontCss } from '@/features/export/fonts';
import { rasterize } from '@/features/export/rasterize';
import { stageChart } from '@/features/export/stage';
import { toCsv } from '@/features/export/to-csv';

/**
 * The export work, loaded on demand: composing, rasterising, zipping. Nothing here runs or
 * downloads with the first screen.
 */

export type ExportTarget = { id: string; frame: HTMLElement; csv: CsvTable | null; chart: ReactNode };
export type ExportSettings = {
  preset: SizePreset;
  theme: ExportTheme;
  asOf: string;
  link: string;
  /** The app's query client, for the chart drawn off screen. */
  queryClient: QueryClient;
};

let exportCount = 0;

export async function compose(target: ExportTarget, settings: ExportSettings): Promise<Composition> {
  exportCount += 1;
  const { chart } = target;
  if (chart === null || chart === undefined) throw new Error('the chart has nothing to draw yet');
  return composeSvg(target.frame, {
    ...settings,
    fontCss: embeddedFontCss,
    stage: (width, plotHeight) =>
      stageChart(chart, settings.queryClient, width, plotHeight, settings.preset === 'screen'),
    uid: `x${exportCount}-${target.id}`,
  });
}

export const svgBlob = (composition: Composition) => new Blob([composition.svg], { type: 'image/svg+xml' });

export async function png(target: ExportTarget, settings: ExportSettings, scale: number): Promise<Blob> {
  return rasterize(await compose(target, settings), scale);
}

export const csvBlob = (table: CsvTable) => new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' });

/** Puts a PNG on the clipboard; resolves false where the browser refuses, so the caller can download instead. */
export async function copyPng(blob: Promise<Blob>): Promise<boolean> {
  if (typeof ClipboardItem === 'undefined' || !('write' in navigator.clipboard)) return false;
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
    return true;
  } catch {
    return false;
  }
}

/** Every chart in one format plus every chart's CSV, as one zip. */
export async function zipAll(
  targets: readonly ExportTarget[],
  settings: ExportSettings,
  format: 'png' | 'svg',
  scale: number,
): Promise<Blob> {
  const files: Zippable = {};
  for (const target of targets) {
    const composition = await compose(target, settings);
    // PNG data is already compressed: storing it keeps the zip as small and is several times faster.
    files[`${target.id}.${format}`] =
      format === 'svg'
        ? strToU8(composition.svg)
        : [new Uint8Array(await (await rasterize(composition, scale)).arrayBuffer()), { level: 0 }];
    if (target.csv) files[`${target.csv.name}.csv`] = strToU8(toCsv(target.csv));
  }
  return new Blob([zipSync(files, { level: 6 })], { type: 'application/zip' });
}

/** Saves a blob under a file name through the browser's download. */
export function download(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
