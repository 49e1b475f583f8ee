import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useAbility, useCurrentSession } from '#web/auth/session-context.ts';
import { Loading } from '#web/components/loading.tsx';
import { Page } from '#web/components/page.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { TextField } from '#web/components/field.tsx';
import { pageSize, useParticipants } from './api.ts';
import { ParticipantsTable } from './participants-table.tsx';
import './participants.css';

export function ParticipantsPage() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const canWrite = useAbility('participants.write');
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const [search, setSearch] = useState(q);
  const list = useParticipants(q, offset);
  const unit = session.memberships.find((m) => m.id === session.activeMembershipId)?.unitName ?? '';

  const go = (next: { q: string; offset: number }) =>
    setParams(
      Object.fromEntries(
        Object.entries({ q: next.q, offset: next.offset || '' }).filter(([, v]) => v),
      ) as Record<string, string>,
    );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    go({ q: search.trim(), offset: 0 });
  };
  const total = list.data?.total ?? 0;

  return (
    <Page title={t('participants.title')} lead={unit ? t('participants.lead', { unit }) : undefined} wide>
      <form className="participant-search" onSubmit={submit} role="search">
        <TextField
          form="participant-search"
          name="q"
          type="search"
          label={t('participants.search')}
          hint={t('participants.searchHint')}
          optional
          width="medium"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <button className="button" type="submit">
          {t('participants.searchSubmit')}
        </button>
      </form>
      {list.isPending && <Loading />}
      {list.error && <QueryError error={list.error} retry={() => void list.refetch()} />}
      {list.data && list.data.items.length === 0 && <p>{t('participants.empty')}</p>}
      {list.data && list.data.items.length > 0 && (
        <>
          <ParticipantsTable items={list.data.items} />
          <nav className="pager" aria-label={t('participants.pagination')}>
            <p className="pager__range" role="status">
              {t('participants.range', { from: offset + 1, to: offset + list.data.items.length, total })}
            </p>
            {offset > 0 && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => go({ q, offset: Math.max(0, offset - pageSize) })}
              >
                {t('participants.previous')}
              </button>
            )}
            {offset + pageSize < total && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => go({ q, offset: offset + pageSize })}
              >
                {t('participants.next')}
              </button>
            )}
          </nav>
        </>
      )}
      {canWrite && (
        <p className="button-row">
          <Link className="button" to="/participants/new">
            {t('participants.newLink')}
          </Link>
          <Link to="/participants/import">{t('import.link')}</Link>
        </p>
      )}
    </Page>
  );
}
