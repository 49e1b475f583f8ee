import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { offers } from '#shared/employers.ts';
import { useAbility } from '#web/auth/session-context.ts';
import { SelectField, TextField } from '#web/components/field.tsx';
import { Loading } from '#web/components/loading.tsx';
import { Page } from '#web/components/page.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { pageSize, useEmployers } from './api.ts';
import { EmployersTable } from './employers-table.tsx';
import './employers.css';

const form = 'employer-search';

export function EmployersPage() {
  const { t } = useTranslation();
  const canWrite = useAbility('employers.write');
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const offer = params.get('offer') ?? '';
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const [search, setSearch] = useState(q);
  const [offerChoice, setOfferChoice] = useState(offer);
  const list = useEmployers(q, offer, offset);
  const total = list.data?.total ?? 0;

  // The search lives in the address, so it survives a reload and the back button.
  const go = (next: { q: string; offer: string; offset: number }) =>
    setParams(
      Object.fromEntries(
        Object.entries({ q: next.q, offer: next.offer, offset: next.offset || '' }).filter(([, v]) => v),
      ) as Record<string, string>,
    );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    go({ q: search.trim(), offer: offerChoice, offset: 0 });
  };

  return (
    <Page title={t('employers.title')} lead={t('employers.lead')} wide>
      <form
        className="employer-search"
        onSubmit={submit}
        role="search"
        aria-label={t('employers.searchLabel')}
      >
        <TextField
          form={form}
          name="q"
          type="search"
          label={t('employers.search')}
          hint={t('employers.searchHint')}
          optional
          width="medium"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <SelectField
          form={form}
          name="offer"
          label={t('employers.offerFilter')}
          optional
          value={offerChoice}
          onChange={(e) => setOfferChoice(e.target.value)}
        >
          <option value="">{t('employers.offerAll')}</option>
          {offers.map((o) => (
            <option key={o} value={o}>
              {t(`employers.offerNames.${o}`)}
            </option>
          ))}
        </SelectField>
        <button className="button" type="submit">
          {t('employers.searchSubmit')}
        </button>
      </form>
      {list.isPending && <Loading />}
      {list.error && <QueryError error={list.error} retry={() => void list.refetch()} />}
      {list.data && list.data.items.length === 0 && <p>{t('employers.empty')}</p>}
      {list.data && list.data.items.length > 0 && (
        <>
          <EmployersTable items={list.data.items} />
          <nav className="employer-pager" aria-label={t('employers.pagination')}>
            <p className="employer-pager__range" role="status">
              {t('employers.range', { from: offset + 1, to: offset + list.data.items.length, total })}
            </p>
            {offset > 0 && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => go({ q, offer, offset: Math.max(0, offset - pageSize) })}
              >
                {t('employers.previous')}
              </button>
            )}
            {offset + pageSize < total && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => go({ q, offer, offset: offset + pageSize })}
              >
                {t('employers.next')}
              </button>
            )}
          </nav>
        </>
      )}
      {canWrite && (
        <p className="button-row">
          <Link className="button" to="/employers/new">
            {t('employers.newLink')}
          </Link>
        </p>
      )}
    </Page>
  );
}
