import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { sourcesQuery } from '@/api/queries';
import type { FrameToolsProps } from '@/components/chart-frame/frame-tools';
import {
  sizePresets,
  exportThemes,
  pngScales,
  type ExportTheme,
  type SizePreset,
} from '@/features/export/export-options';
import { registerFrame } from '@/features/export/export-registry';
import { useMenu } from '@/features/export/use-menu';
import { loadEngine, runJob, useExportSettings } from '@/features/export/use-export-settings';
import { useExportPrefs, useViewActions } from '@/store/view-store';
import './export.css';

/** The Export button of a chart frame: PNG at 1×/2×/4×, SVG, copy to clipboard, CSV. */
export function ExportMenu({ id, frame, csv, chart }: FrameToolsProps) {
  const { open, setOpen, button, panel, onKeyDown } = useMenu();
  const [status, setStatus] = useState('');
  const menuId = useId();
  const prefs = useExportPrefs();
  const { exportPrefsChanged } = useViewActions();
  const settings = useExportSettings();
  const queryClient = useQueryClient();

  useEffect(() => registerFrame(id, { frame, csv, chart }), [id, frame, csv, chart]);
  const target = () => {
    const element = frame.current;
    if (!element) throw new Error('the chart is not on screen');
    return { id, frame: element, csv: csv(), chart: chart() };
  };
  // Opening the menu starts the likeliest export (PNG 2×, for a file or the clipboard) at once, so
  // the image is ready, or nearly, by the time the item is chosen.
  const prepared = useRef<{ key: string; blob: Promise<Blob> } | null>(null);
  const keyOf = (chosen: ReturnType<typeof settings>) => `${chosen.preset}|${chosen.theme}|${chosen.link}`;
  const prepare = () => {
    const chosen = settings();
    const blob = loadEngine().then((engine) => engine.png(target(), chosen, 2));
    blob.catch(() => undefined); // a failure is reported if and when the export is chosen
    prepared.current = { key: keyOf(chosen), blob };
  };
  const pngOf = (engine: Awaited<ReturnType<typeof loadEngine>>, scale: number) => {
    const chosen = settings();
    const ready = prepared.current;
    prepared.current = null;
    return scale === 2 && ready?.key === keyOf(chosen) ? ready.blob : engine.png(target(), chosen, scale);
  };
  const run = (job: (engine: Awaited<ReturnType<typeof loadEngine>>) => Promise<string>) => {
    setOpen(false);
    setStatus('Exporting…');
    void runJob(async () => job(await loadEngine()), setStatus);
  };

  const savePng = (scale: number) =>
    run(async (engine) => {
      engine.download(await pngOf(engine, scale), `${id}@${scale}x.png`);
      return `Saved ${id}@${scale}x.png`;
    });
  const saveSvg = () =>
    run(async (engine) => {
      engine.download(engine.svgBlob(await engine.compose(target(), settings())), `${id}.svg`);
      return `Saved ${id}.svg`;
    });
  const copy = () =>
    run(async (engine) => {
      const blob = pngOf(engine, 2);
      if (await engine.copyPng(blob)) return 'Image copied to the clipboard';
      engine.download(await blob, `${id}@2x.png`);
      return `This browser refused the clipboard, so the image was saved as ${id}@2x.png`;
    });
  const saveCsv = () =>
    run(async (engine) => {
      await queryClient.query(sourcesQuery());
      const table = csv();
      if (!table) throw new Error('the data is not loaded yet');
      engine.download(engine.csvBlob(table), `${table.name}.csv`);
      return `Saved ${table.name}.csv`;
    });

  return (
    <div className="export-menu">
      <button
        ref={button}
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => {
          if (!open) prepare();
          setOpen(!open);
        }}
      >
        Export
      </button>
      {open && (
        <div ref={panel} className="export-menu__panel" onKeyDown={onKeyDown}>
          <label className="export-menu__field">
            Size
            <select
              value={prefs.preset}
              onChange={(e) => exportPrefsChanged({ preset: e.target.value as SizePreset })}
            >
              {Object.entries(sizePresets).map(([key, preset]) => (
                <option key={key} value={key}>
                  {preset.label}
                </option>
              ))}
            </select>
          </label>
          <label className="export-menu__field">
            Image theme
            <select
              value={prefs.theme}
              onChange={(e) => exportPrefsChanged({ theme: e.target.value as ExportTheme })}
            >
              {Object.entries(exportThemes).map(([key, label]) => (
                <option key={key} value={key}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <div id={menuId} role="menu" aria-label={`Export ${id}`} className="export-menu__items">
            {pngScales.map((scale) => (
              <button key={scale} type="button" role="menuitem" onClick={() => savePng(scale)}>
                PNG {scale}×{scale === 2 ? ' (default)' : ''}
              </button>
            ))}
            <button type="button" role="menuitem" onClick={saveSvg}>
              SVG
            </button>
            <button type="button" role="menuitem" onClick={copy}>
              Copy image
            </button>
            <button type="button" role="menuitem" onClick={saveCsv}>
              CSV
            </button>
          </div>
        </div>
      )}
      <p className="export-menu__status" role="status">
        {status}
      </p>
    </div>
  );
}
