import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LooseThreadsQuery } from '#shared/plans.ts';
import { useActiveRole } from '#web/auth/session-context.ts';
import { Loading } from '#web/components/loading.tsx';
import { Page } from '#web/components/page.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { useLooseThreads, type ThreadQuery } from './api.ts';
import { ThreadList } from './thread-list.tsx';
import { ThresholdsForm } from './thresholds-form.tsx';
import './loose-threads.css';

/** The query in the address, so a chosen set of limits can be bookmarked; anything invalid falls back. */
function queryFrom(params: URLSearchParams, canSeeUnit: boolean): ThreadQuery {
  const raw = Object.fromEntries(params);
  const parsed = LooseThreadsQuery.safeParse(raw);
  const query = parsed.success ? parsed.data : LooseThreadsQuery.parse({});
  return canSeeUnit ? query : { ...query, scope: 'mine' };
}

/** Lösa trådar: what needs someone's action now, for my participants (or the whole unit for its manager). */
export function LooseThreadsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const canSeeUnit = useActiveRole() === 'unit_manager';
  const query = queryFrom(params, canSeeUnit);
  const threads = useLooseThreads(query);

  return (
    <Page title={t('looseThreads.title')} lead={t('looseThreads.lead')}>
      <ThresholdsForm
        key={params.toString()}
        query={query}
        canSeeUnit={canSeeUnit}
        onApply={(next) =>
          setParams(
            Object.fromEntries(
              Object.entries(next)
                .filter(([, v]) => v !== undefined)
                .map(([k, v]) => [k, String(v)]),
            ),
          )
        }
      />
      {threads.isPending && <Loading />}
      {threads.error && <QueryError error={threads.error} retry={() => void threads.refetch()} />}
      {threads.data && (
        <ThreadList
          threads={threads.data}
          query={query}
          linkTo={(change) => {
            const next = new URLSearchParams(params);
            for (const [key, value] of Object.entries(change)) {
              if (value === undefined) next.delete(key);
              else next.set(key, String(value));
            }
            return `?${next}`;
          }}
        />
      )}
    </Page>
  );
}
