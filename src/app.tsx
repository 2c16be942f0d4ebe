import { useEffect } from 'react';
import { AppHeader } from '@/components/app-header/app-header';
import { FrameToolsContext, type FrameToolsProps } from '@/components/chart-frame/frame-tools';
import { PeriodControl } from '@/components/period-control/period-control';
import { ExportAllButton } from '@/features/export/export-all-button';
import { ExportMenu } from '@/features/export/export-menu';
import { SanctionsTimelinePanel } from '@/features/sanctions-timeline/sanctions-timeline-panel';
import { SettlementSharePanel } from '@/features/settlement-share/settlement-share-panel';
import { SourcesPanel } from '@/features/sources/sources-panel';
import { TradeGrowthPanel } from '@/features/trade-growth/trade-growth-panel';
import { useResolvedTheme } from '@/lib/use-resolved-theme';
import type { MockTransport } from '@/mocks/browser';
import { mirrorViewToUrl } from '@/store/view-store';

/** The export menu in every chart frame's header. */
const exportTools = (props: FrameToolsProps) => <ExportMenu {...props} />;

/** Composition root: which charts exist and where they sit. */
export function App({ transport }: { transport: MockTransport }) {
  const theme = useResolvedTheme();
  useEffect(() => mirrorViewToUrl(), []);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  return (
    <>
      <AppHeader
        actions={
          <>
            <SourcesPanel />
            <ExportAllButton />
          </>
        }
      />
      {transport === 'in-page' && (
        <p className="quiet-note" role="note">
          This browser does not run the data service worker here, so the data is served from inside the page.
          Everything works the same.
        </p>
      )}
      <PeriodControl />
      <FrameToolsContext value={exportTools}>
        <main className="dashboard">
          <TradeGrowthPanel />
          <SettlementSharePanel />
          <SanctionsTimelinePanel />
        </main>
      </FrameToolsContext>
    </>
  );
}
