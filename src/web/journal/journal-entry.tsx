import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { JournalEntry } from '#shared/journal.ts';
import { formatDateTime } from '#web/lib/format.ts';

export const entryId = (id: string) => `journal-entry-${id}`;

/** Moves focus to another entry without touching the URL (a fragment would count as a navigation). */
function focusEntry(event: MouseEvent<HTMLAnchorElement>, id: string) {
  event.preventDefault();
  const target = document.getElementById(entryId(id));
  target?.scrollIntoView({ block: 'start' });
  target?.focus();
}

type Props = { entry: JournalEntry; canWrite: boolean; onCorrect: (entry: JournalEntry) => void };

/** One journalanteckning: who and when, who may read it, and its links to a correction either way. */
export function JournalEntryItem({ entry: e, canWrite, onCorrect }: Props) {
  const { t, i18n } = useTranslation();
  const tagClass = e.visibility === 'team' ? 'tag tag--muted' : 'tag tag--accent';
  return (
    <article
      className={e.correctedById ? 'journal-entry journal-entry--corrected' : 'journal-entry'}
      id={entryId(e.id)}
      tabIndex={-1}
      aria-labelledby={`${entryId(e.id)}-title`}
    >
      <h3 className="journal-entry__title" id={`${entryId(e.id)}-title`}>
        <time dateTime={e.writtenAt}>{formatDateTime(e.writtenAt, i18n.language)}</time>
        {' · '}
        {e.authorName}
      </h3>
      <p className="journal-entry__tags">
        <span className={tagClass}>{t(`journal.tags.${e.visibility}`)}</span>
        {e.correctedById && (
          <>
            {' '}
            <span className="tag tag--muted">{t('journal.corrected')}</span>{' '}
            <a href={`#${entryId(e.correctedById)}`} onClick={(ev) => focusEntry(ev, e.correctedById ?? '')}>
              {t('journal.seeCorrection')}
            </a>
          </>
        )}
        {e.correctsId && (
          <>
            {' '}
            <span className="tag tag--muted">{t('journal.correction')}</span>{' '}
            <a href={`#${entryId(e.correctsId)}`} onClick={(ev) => focusEntry(ev, e.correctsId ?? '')}>
              {t('journal.seeOriginal')}
            </a>
          </>
        )}
      </p>
      <p className="journal-entry__body">{e.body}</p>
      {canWrite && !e.correctedById && (
        <p>
          <button type="button" className="button-link" onClick={() => onCorrect(e)}>
            {t('journal.writeCorrection')}
          </button>
        </p>
      )}
    </article>
  );
}
