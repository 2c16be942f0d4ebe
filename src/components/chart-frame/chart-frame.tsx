import {
  QueryErrorResetBoundary,
  useQueryClient,
  useSuspenseQuery,
  type QueryKey,
  type UseSuspenseQueryOptions,
} from '@tanstack/react-query';
import { Suspense, use, useId, useRef, useState, type ReactNode } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';
import { describeError } from '@/components/chart-frame/describe-error';
import { NearScreenContext, useNearScreen } from '@/components/chart-parts/draw-when-near';
import { FrameToolsContext, type CsvTable, type FrameToolsProps } from '@/components/chart-frame/frame-tools';
import './chart-frame.css';

type ChartFrameProps<TData, TKey extends QueryKey> = {
  /** Stable id, used in export file names: "trade-growth". */
  id: string;
  /** States the finding: "Trade hit a record $240B in 2023". */
  title: string;
  /** What is measured, in what unit, over what period. */
  subtitle: string;
  /** The query whose data the chart draws; the frame owns its loading, error and empty states. */
  query: UseSuspenseQueryOptions<TData, Error, TData, TKey>;
  /** True when the data leaves nothing to draw (e.g. the period holds no rows). */
  isEmpty?: (data: TData) => boolean;
  /** Shown instead of the chart when `isEmpty` holds. */
  emptyMessage?: string;
  /** Buttons in the header (view switches, export). */
  actions?: ReactNode;
  /** Controls on their own row between header and chart (filters); they stay usable when the chart is empty. */
  controls?: ReactNode;
  /** The source line under the chart. */
  source: ReactNode;
  /** Caveats under the source line. */
  notes?: ReactNode;
  /** Draws the happy path. */
  children: (data: TData) => ReactNode;
  /** The same data as an accessible table, shown by the frame's Table switch. */
  table?: (data: TData) => ReactNode;
  /** One sentence saying what the chart shows, for screen readers (with the Table view, its text alternative). */
  summary?: (data: TData) => string;
  /** The data the chart shows, as plain rows for CSV export. */
  csv?: (data: TData) => CsvTable;
};

/**
 * The one frame every chart sits in: header (title, subtitle, actions), chart, footer (source,
 * notes). It shows a skeleton while loading, a plain-words error with Retry if loading or drawing
 * fails, and an empty state, so chart components only draw data.
 */
export function ChartFrame<TData, TKey extends QueryKey>(props: ChartFrameProps<TData, TKey>) {
  const titleId = useId();
  const summaryId = useId();
  const [showTable, setShowTable] = useState(false);
  const frameRef = useRef<HTMLElement>(null);
  const nearScreen = useNearScreen();
  const { csv, query } = props;
  const queryClient = useQueryClient();
  // What the tools export is read when they ask, from the cache, so the frame never re-renders for it.
  const currentData = () => queryClient.getQueryData<TData>(query.queryKey);
  const currentCsv = () => {
    const data = currentData();
    return csv && data !== undefined ? csv(data) : null;
  };
  const currentChart = () => {
    const data = currentData();
    return data === undefined || props.isEmpty?.(data) ? null : props.children(data);
  };
  return (
    <section
      className="chart-frame"
      aria-labelledby={titleId}
      aria-describedby={props.summary ? summaryId : undefined}
      ref={frameRef}
      data-frame-id={props.id}
    >
      <header className="chart-frame__header">
        <div>
          <h2 id={titleId} className="chart-frame__title">
            {props.title}
          </h2>
          <p className="chart-frame__subtitle">{props.subtitle}</p>
        </div>
        <div className="chart-frame__actions">
          {props.actions}
          <FrameTools id={props.id} frame={frameRef} csv={currentCsv} chart={currentChart} />
          {props.table && (
            <button
              type="button"
              className="button"
              aria-pressed={showTable}
              onClick={() => setShowTable(!showTable)}
            >
              Table
            </button>
          )}
        </div>
      </header>
      {props.controls && <div className="chart-frame__controls">{props.controls}</div>}
      <div className="chart-frame__body">
        <QueryErrorResetBoundary>
          {({ reset }) => (
            <ErrorBoundary onReset={reset} FallbackComponent={ChartError}>
              <Suspense fallback={<ChartSkeleton title={props.title} />}>
                <NearScreenContext value={nearScreen}>
                  <FrameContent {...props} showTable={showTable} summaryId={summaryId} />
                </NearScreenContext>
              </Suspense>
            </ErrorBoundary>
          )}
        </QueryErrorResetBoundary>
      </div>
      <footer className="chart-frame__footer">
        <p className="chart-frame__source">{props.source}</p>
        {props.notes && <div className="chart-frame__notes">{props.notes}</div>}
      </footer>
    </section>
  );
}

/** Words that only make sense on screen ("hover a bar…"); exported images leave them out. */
export function ScreenOnly({ children }: { children: ReactNode }) {
  return <span data-screen-only="">{children}</span>;
}

/** Whatever tools the app put in every frame's header (the export menu). */
function FrameTools(props: FrameToolsProps) {
  const render = use(FrameToolsContext);
  return render ? render(props) : null;
}

function FrameContent<TData, TKey extends QueryKey>({
  query,
  isEmpty,
  emptyMessage,
  children,
  table,
  showTable,
  summary,
  summaryId,
}: ChartFrameProps<TData, TKey> & { showTable: boolean; summaryId: string }) {
  const result = useSuspenseQuery(query);
  const { data } = result;
  // A refresh that fails keeps what was shown, and says it may be out of date.
  const stale = result.isRefetchError && (
    <StaleNote error={result.error} loadedAt={result.dataUpdatedAt} onRetry={() => void result.refetch()} />
  );
  if (isEmpty?.(data)) {
    return (
      <div className="chart-frame__state" role="status">
        <p className="chart-frame__state-title">Nothing to show</p>
        <p>{emptyMessage ?? 'There is no data for this view. Widen the period or clear the filters.'}</p>
      </div>
    );
  }
  return (
    <>
      {stale}
      {summary && (
        <p id={summaryId} className="visually-hidden">
          {summary(data)}
        </p>
      )}
      {showTable && table ? table(data) : children(data)}
    </>
  );
}

const timeOfDay = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

function StaleNote({ error, loadedAt, onRetry }: { error: unknown; loadedAt: number; onRetry: () => void }) {
  const { title } = describeError(error);
  return (
    <p className="chart-frame__stale" role="status">
      Showing the data loaded at {timeOfDay.format(loadedAt)}; it may be out of date. The latest refresh
      failed: {title.toLowerCase()}.{' '}
      <button type="button" className="button" onClick={onRetry}>
        Retry
      </button>
    </p>
  );
}

function ChartSkeleton({ title }: { title: string }) {
  return (
    <div className="chart-frame__skeleton" role="status" aria-busy="true">
      <span className="visually-hidden">Loading “{title}”…</span>
    </div>
  );
}

function ChartError({ error, resetErrorBoundary }: FallbackProps) {
  const { title, detail } = describeError(error);
  return (
    <div className="chart-frame__state chart-frame__state--error" role="alert">
      <p className="chart-frame__state-title">{title}</p>
      <p>{detail}</p>
      <button type="button" className="button" onClick={resetErrorBoundary}>
        Retry
      </button>
    </div>
  );
}
