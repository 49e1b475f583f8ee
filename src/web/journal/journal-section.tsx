import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { JournalEntry } from '#shared/journal.ts';
import { useAbility } from '#web/auth/session-context.ts';
import { Loading } from '#web/components/loading.tsx';
import { Notice } from '#web/components/notice.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { useJournal } from './api.ts';
import { JournalEntryItem } from './journal-entry.tsx';
import { JournalForm } from './journal-form.tsx';
import './journal.css';

/** The journal: a write form, a search box and the entries I may see, newest first. */
export function JournalSection({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const canWrite = useAbility('journal.write');
  const [draft, setDraft] = useState('');
  const [q, setQ] = useState('');
  const journal = useJournal(participantId, q);
  const [corrects, setCorrects] = useState<JournalEntry | null>(null);
  const [saved, setSaved] = useState(false);

  const search = (event: FormEvent) => {
    event.preventDefault();
    setQ(draft.trim());
  };

  return (
    <section aria-labelledby="journal-title">
      <h2 id="journal-title">{t('journal.title')}</h2>
      <p>{t('journal.lead')}</p>
      {saved && <Notice kind="success">{t('journal.saved')}</Notice>}
      {canWrite && (
        <JournalForm
          key={corrects?.id ?? 'new'}
          participantId={participantId}
          corrects={corrects}
          onDone={() => {
            setCorrects(null);
            setSaved(true);
          }}
          onCancel={() => setCorrects(null)}
        />
      )}
      <form className="journal-search" role="search" onSubmit={search}>
        <div className="field">
          <label className="field__label" htmlFor="journal-q">
            {t('journal.search')}
          </label>
          <input
            className="input"
            id="journal-q"
            type="search"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
          />
        </div>
        <button className="button button--secondary" type="submit">
          {t('journal.searchSubmit')}
        </button>
      </form>
      {journal.isPending && <Loading />}
      {journal.error && <QueryError error={journal.error} retry={() => void journal.refetch()} />}
      {journal.data?.length === 0 && <p>{q ? t('journal.noMatches', { q }) : t('journal.empty')}</p>}
      {journal.data && journal.data.length > 0 && (
        <div className="journal-list">
          {q && <p role="status">{t('journal.matches', { count: journal.data.length, q })}</p>}
          {journal.data.map((entry) => (
            <JournalEntryItem
              key={entry.id}
              entry={entry}
              canWrite={canWrite}
              onCorrect={(e) => {
                setSaved(false);
                setCorrects(e);
                document.getElementById('journal-body')?.focus();
              }}
            />
          ))}
        </div>
      )}
    </section>
  );
}
