import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { sourcesQuery } from '@/api/queries';
import { onMenuKeys } from '@/features/export/export-menu';
import { registeredFrames } from '@/features/export/export-registry';
import { loadEngine, runJob, useExportSettings } from '@/features/export/use-export-settings';
import './export.css';

/** "Export all": every chart on screen in one format, plus their CSVs, in one zip. */
export function ExportAllButton() {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const settings = useExportSettings();
  const queryClient = useQueryClient();

  useEffect(() => {
    if (open) panel.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [open]);

  const exportAll = (format: 'png' | 'svg') => {
    setOpen(false);
    setStatus('Exporting all charts…');
    void runJob(async () => {
      const [engine] = await Promise.all([loadEngine(), queryClient.query(sourcesQuery())]);
      const targets = registeredFrames();
      if (!targets.length) throw new Error('no chart is on screen');
      engine.download(await engine.zipAll(targets, settings(), format, 2), 'china-russia-charts.zip');
      return `Saved china-russia-charts.zip (${targets.length} charts)`;
    }, setStatus);
  };

  return (
    <div className="export-menu">
      <button
        ref={button}
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        Export all
      </button>
      {open && (
        <div
          ref={panel}
          role="menu"
          aria-label="Export all charts"
          className="export-menu__panel export-menu__items"
          onKeyDown={(e) =>
            onMenuKeys(e, () => {
              setOpen(false);
              button.current?.focus();
            })
          }
        >
          <button type="button" role="menuitem" onClick={() => exportAll('png')}>
            PNG 2× and CSV (zip)
          </button>
          <button type="button" role="menuitem" onClick={() => exportAll('svg')}>
            SVG and CSV (zip)
          </button>
        </div>
      )}
      <p className="export-menu__status" role="status">
        {status}
      </p>
    </div>
  );
}
