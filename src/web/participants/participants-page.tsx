import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { ParticipantPage } from '#shared/participants.ts';
import { useAbility, useCurrentSession } from '#web/auth/session-context.ts';
import { Loading } from '#web/components/loading.tsx';
import { Page } from '#web/components/page.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { TextField } from '#web/components/field.tsx';
import { useParticipants, type PageFrom } from './api.ts';
import { ParticipantsTable } from './participants-table.tsx';
import './participants.css';

export function ParticipantsPage() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const canWrite = useAbility('participants.write');
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const from: PageFrom = {
    after: params.get('after') ?? undefined,
    before: params.get('before') ?? undefined,
  };
  const [search, setSearch] = useState(q);
  const list = useParticipants(q, from);
  const unit = session.memberships.find((m) => m.id === session.activeMembershipId)?.unitName ?? '';

  const go = (next: { q: string } & PageFrom) =>
    setParams(Object.fromEntries(Object.entries(next).filter(([, v]) => v)) as Record<string, string>);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    go({ q: search.trim() });
  };

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
          <Pager
            page={list.data}
            onPrevious={(before) => go({ q, before })}
            onNext={(after) => go({ q, after })}
          />
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

function Pager({
  page,
  onPrevious,
  onNext,
}: {
  page: ParticipantPage;
  onPrevious: (before: string) => void;
  onNext: (after: string) => void;
}) {
  const { t } = useTranslation();
  const { previous, next } = page;
  return (
    <nav className="pager" aria-label={t('participants.pagination')}>
      <p className="pager__range" role="status">
        {t('participants.range', {
          from: page.position + 1,
          to: page.position + page.items.length,
          total: page.total,
        })}
      </p>
      {previous && (
        <button type="button" className="button button--secondary" onClick={() => onPrevious(previous)}>
          {t('participants.previous')}
        </button>
      )}
      {next && (
        <button type="button" className="button button--secondary" onClick={() => onNext(next)}>
          {t('participants.next')}
        </button>
      )}
    </nav>
  );
}
