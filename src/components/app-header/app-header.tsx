import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { metaQuery } from '@/api/queries';
import { formatDate } from '@/lib/format';
import { ThemeSwitch } from '@/components/app-header/theme-switch';
import './app-header.css';

/** Product name, the dataset's as-of date and the global actions. */
export function AppHeader({ actions }: { actions?: ReactNode }) {
  const meta = useQuery(metaQuery());
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <h1 className="app-header__name">China–Russia trade briefing</h1>
        <p className="app-header__asof">
          {meta.data && (
            <>
              Data as of <time dateTime={meta.data.data.asOf}>{formatDate(meta.data.data.asOf)}</time> ·
              dataset {meta.data.data.version}
            </>
          )}
          {meta.isError && 'Dataset date unavailable'}
        </p>
      </div>
      <div className="app-header__actions">
        {actions}
        <ThemeSwitch />
      </div>
    </header>
  );
}
