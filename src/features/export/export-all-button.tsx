import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { sourcesQuery } from '@/api/queries';
import { registeredFrames } from '@/features/export/export-registry';
import { loadEngine, runJob, useExportSettings } from '@/features/export/use-export-settings';
import { useMenu } from '@/features/export/use-menu';
import './export.css';

/** "Export all": every chart on screen in one format, plus their CSVs, in one zip. */
export function ExportAllButton() {
  const { open, setOpen, button, panel, onKeyDown } = useMenu();
  const [status, setStatus] = useState('');
  const settings = useExportSettings();
  const queryClient = useQueryClient();

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
          onKeyDown={onKeyDown}
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
