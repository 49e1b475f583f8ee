import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantSummary } from '#shared/participants.ts';
import { TextField } from '#web/components/field.tsx';
import { Loading } from '#web/components/loading.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { useRecordSearch } from './api.ts';
import { OtherRecordsTable } from './other-records-table.tsx';

const form = 'same-person-search';

type Props = { participantId: string; actions: (record: ParticipantSummary) => ReactNode };

/** Finds another record of the unit by name or number, for when the suggestions do not include it. */
export function RecordSearch({ participantId, actions }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const search = useRecordSearch(q);
  const others = search.data?.items.filter((r) => r.id !== participantId) ?? [];
  const shown = search.data?.items.length ?? 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setQ(text.trim());
  };

  return (
    <section aria-labelledby={`${form}-title`}>
      <h3 id={`${form}-title`}>{t('samePerson.searchTitle')}</h3>
      <p>{t('samePerson.searchLead')}</p>
      <form className="record-search" role="search" aria-labelledby={`${form}-title`} onSubmit={submit}>
        <TextField
          form={form}
          name="q"
          type="search"
          label={t('samePerson.searchLabel')}
          required={false}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <button className="button button--secondary" type="submit">
          {t('samePerson.search')}
        </button>
      </form>
      {q && search.isPending && <Loading />}
      {search.error && <QueryError error={search.error} retry={() => void search.refetch()} />}
      {q && search.data && others.length === 0 && <p>{t('samePerson.searchNone', { q })}</p>}
      {q && search.data && others.length > 0 && (
        <>
          <OtherRecordsTable
            id={`${form}-results`}
            caption={t('samePerson.searchCaption', { q })}
            rows={others}
            actions={actions}
          />
          {search.data.total > shown && (
            <p className="field__hint">{t('samePerson.searchMore', { shown, total: search.data.total })}</p>
          )}
        </>
      )}
    </section>
  );
}
