import { useQuery, useQueryClient } from '@tanstack/react-query';
import { metaQuery } from '@/api/queries';
import { formatDate } from '@/lib/format';
import { useExportPrefs } from '@/store/view-store';

/** The settings every export uses: the chosen size and theme, the as-of line and this view's link. */
export function useExportSettings() {
  const prefs = useExportPrefs();
  const meta = useQuery(metaQuery());
  const queryClient = useQueryClient();
  return () => ({
    queryClient,
    ...prefs,
    asOf: meta.data
      ? `Data as of ${formatDate(meta.data.data.asOf)} · dataset ${meta.data.data.version}`
      : 'Data as of: unknown',
    link: window.location.href,
  });
}

/** Runs an export job, turning a failure into a sentence for the status line. */
export async function runJob(job: () => Promise<string>, report: (message: string) => void) {
  try {
    report(await job());
  } catch (error) {
    report(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Loads the export code on first use; it is not part of the first screen. */
export const loadEngine = () => import('@/features/export/export-engine');
