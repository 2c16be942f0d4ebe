import { lazy, Suspense, use, useEffect } from 'react';
import { AppHeader } from '@/components/app-header/app-header';
import { FrameToolsContext, type FrameToolsProps } from '@/components/chart-frame/frame-tools';
import { PeriodControl } from '@/components/period-control/period-control';
import { syncBriefing, useBriefingActions, useBriefingStore } from '@/features/briefing/briefing-store';
import { PresentButton } from '@/features/briefing/present-button';
import { ExportAllButton } from '@/features/export/export-all-button';
import { ExportMenu } from '@/features/export/export-menu';
import { SanctionsTimelinePanel } from '@/features/sanctions-timeline/sanctions-timeline-panel';
import { SettlementSharePanel } from '@/features/settlement-share/settlement-share-panel';
import { SourcesPanel } from '@/features/sources/sources-panel';
import { TradeGrowthPanel } from '@/features/trade-growth/trade-growth-panel';
import { useResolvedTheme } from '@/lib/use-resolved-theme';
import type { MockTransport } from '@/mocks/browser';
import { DeferredView, mirrorViewToUrl } from '@/store/view-store';

/** The export menu in every chart frame's header. */
const exportTools = (props: FrameToolsProps) => <ExportMenu {...props} />;

// Briefing mode and the presenter view load when first opened, not with the dashboard.
const Briefing = lazy(() => import('@/features/briefing/briefing').then((m) => ({ default: m.Briefing })));
const PresenterView = lazy(() =>
  import('@/features/briefing/presenter-view').then((m) => ({ default: m.PresenterView })),
);

/** Composition root: which charts exist and where they sit. */
export function App({ transport }: { transport: Promise<MockTransport | null> }) {
  const theme = useResolvedTheme();
  const present = useBriefingStore((s) => s.present);
  const presenter = useBriefingStore((s) => s.presenter);
  const { left } = useBriefingActions();
  useEffect(() => mirrorViewToUrl(), []);
  useEffect(() => syncBriefing(), []);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  const leave = () => {
    left();
    requestAnimationFrame(() => document.getElementById('present-button')?.focus());
  };

  if (presenter) {
    return (
      <DeferredView>
        <Suspense fallback={<p role="status">Opening the presenter view…</p>}>
          <PresenterView />
        </Suspense>
      </DeferredView>
    );
  }
  return (
    <DeferredView>
      {present && (
        <Suspense fallback={<p role="status">Opening the briefing…</p>}>
          <Briefing onLeave={leave} />
        </Suspense>
      )}
      <div className="dashboard-page" inert={present} aria-hidden={present || undefined}>
        <Dashboard transport={transport} />
      </div>
    </DeferredView>
  );
}

function Dashboard({ transport }: { transport: Promise<MockTransport | null> }) {
  return (
    <>
      <AppHeader
        actions={
          <>
            <PresentButton />
            <SourcesPanel />
            <ExportAllButton />
          </>
        }
      />
      <Suspense>
        <TransportNote transport={transport} />
      </Suspense>
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

/** Says so, quietly, when the data is served from inside the page rather than by the service worker. */
function TransportNote({ transport }: { transport: Promise<MockTransport | null> }) {
  if (use(transport) !== 'in-page') return null;
  return (
    <p className="quiet-note" role="note">
      This browser does not run the data service worker here, so the data is served from inside the page.
      Everything works the same.
    </p>
  );
}
