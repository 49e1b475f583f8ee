import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useAbility, useCurrentSession } from '#web/auth/session-context.ts';
import { Loading } from '#web/components/loading.tsx';
import { Page } from '#web/components/page.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { useUnits } from '#web/units/api.ts';
import { useUsers } from '#web/users/api.ts';
import { exportUrl, filtersOf, useAuditLog, type AuditFilters as Filters } from './api.ts';
import { AuditFilters } from './audit-filters.tsx';
import { AuditTable } from './audit-table.tsx';
import './audit.css';

/** Loggeruppföljning: who did what, when, filtered, paged and exportable. */
export function AuditPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersOf(params), [params]);
  const log = useAuditLog(filters);
  const users = useUsers(useAbility('users.list'));
  const units = useUnits(useAbility('units.list'));
  const { organisation } = useCurrentSession();
  const names = useMemo(
    () =>
      new Map(
        [organisation, ...(users.data ?? []), ...(units.data ?? [])].map((item) => [item.id, item.name]),
      ),
    [organisation, users.data, units.data],
  );
  const entries = log.data?.pages.flatMap((page) => page.items) ?? [];
  const apply = (next: Filters) => setParams(Object.fromEntries(Object.entries(next).filter(([, v]) => v)));

  return (
    <Page title={t('audit.title')} lead={t('audit.lead')} wide>
      <AuditFilters key={params.toString()} filters={filters} users={users.data} onApply={apply} />
      <p className="audit-export">
        <a className="button button--secondary" href={exportUrl(filters)} download="audit-log.csv">
          {t('audit.export')}
        </a>{' '}
        <span className="muted">{t('audit.exportHint')}</span>
      </p>
      {log.isPending && <Loading />}
      {log.error && <QueryError error={log.error} retry={() => void log.refetch()} />}
      {log.data && entries.length === 0 && <p>{t('audit.empty')}</p>}
      {entries.length > 0 && <AuditTable entries={entries} names={names} />}
      {log.hasNextPage && (
        <p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void log.fetchNextPage()}
            disabled={log.isFetchingNextPage}
          >
            {log.isFetchingNextPage ? t('app.loading') : t('audit.loadMore')}
          </button>
        </p>
      )}
    </Page>
  );
}
