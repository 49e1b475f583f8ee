import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Merge, MergePreview, OtherRecord } from '#shared/same-person.ts';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { errorsFromProblem, noErrors } from '#web/components/form-errors.ts';
import { Loading } from '#web/components/loading.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { isApiError } from '#web/lib/api.ts';
import { useMerge, useMergePreview } from './api.ts';
import { countsInWords } from './counts.ts';
import { recordName } from './names.ts';

const form = 'same-person-merge';

type Props = {
  /** The record that is open, named "this record" in the sentences. */
  selfId: string;
  /** The record merged away: it becomes read-only. */
  source: OtherRecord;
  /** The record that stays and receives the history. */
  target: OtherRecord;
  onDone: (merge: Merge) => void;
  onSwap: () => void;
  onCancel: () => void;
};

/**
 * The merge, once the direction is chosen: which record stays and which becomes read-only, what moves and
 * what stays behind (from the server's preview), anything that must be settled first, and the confirmation,
 * sent with the versions the preview showed.
 */
export function MergeStep({ selfId, source, target, onDone, onSwap, onCancel }: Props) {
  const { t } = useTranslation();
  const preview = useMergePreview(source.id, target.id);
  const merge = useMerge();
  const [errors, setErrors] = useState(noErrors);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const names = { source: recordName(t, source, selfId), target: recordName(t, target, selfId) };
  const overrides = {
    codes: {
      version_conflict: t('samePerson.merge.changed'),
      merge_blocked: t('samePerson.merge.blocked'),
      participant_merged: t('samePerson.merge.alreadyMerged'),
    },
  };

  useEffect(() => titleRef.current?.focus(), []);

  const confirm = (p: MergePreview) => {
    setErrors(noErrors);
    merge.mutate(
      { sourceId: source.id, into: target.id, version: p.source.version, intoVersion: p.target.version },
      {
        onSuccess: onDone,
        onError: (error) => {
          setErrors(errorsFromProblem(t, error, overrides));
          // The records changed or can no longer be merged: show what is true now.
          if (isApiError(error) && error.status === 409) void preview.refetch();
        },
      },
    );
  };

  /** A link to the same section of each record. */
  const sectionLinks = (section: string, label: (name: string) => string) => (
    <ul>
      {[source, target].map((r) => (
        <li key={r.id}>
          <Link to={`/participants/${r.id}/${section}`}>{label(recordName(t, r, selfId))}</Link>
        </li>
      ))}
    </ul>
  );

  const p = preview.data;
  const moves = p ? countsInWords(t, p.moves) : [];
  const staysBehind = p ? countsInWords(t, p.staysBehind) : [];

  return (
    <section className="panel" aria-labelledby={`${form}-title`}>
      <h3 className="panel__title" id={`${form}-title`} tabIndex={-1} ref={titleRef}>
        {t('samePerson.merge.title', names)}
      </h3>
      <ul>
        <li>
          <strong>{t('samePerson.merge.stays', names)}</strong>
        </li>
        <li>
          <strong>{t('samePerson.merge.goes', names)}</strong>
        </li>
      </ul>
      <p>
        {t('samePerson.merge.fields', names)} {t('samePerson.merge.undoable')}
      </p>
      <p>
        <button type="button" className="button-link" onClick={onSwap}>
          {t('samePerson.merge.swap', names)}
        </button>
      </p>
      <ErrorSummary form={form} errors={errors} />
      {preview.isFetching && !p && <Loading />}
      {preview.error && <QueryError error={preview.error} retry={() => void preview.refetch()} />}
      {p && (
        <>
          <h4>{t('samePerson.merge.movesTitle', names)}</h4>
          {moves.length > 0 ? (
            <ul className="same-person__counts">
              {moves.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : (
            <p>{t('samePerson.merge.movesNothing')}</p>
          )}
          <p>{t('samePerson.merge.journal')}</p>
          {staysBehind.length > 0 && (
            <>
              <h4>{t('samePerson.merge.staysTitle', names)}</h4>
              <ul className="same-person__counts">
                {staysBehind.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
              <p>{t('samePerson.merge.staysWhy', names)}</p>
            </>
          )}
          {p.blockers.length > 0 ? (
            <div className="notice notice--warning">
              <h4>{t('samePerson.merge.blockedTitle')}</h4>
              <ul>
                {p.blockers.map((b) =>
                  b.kind === 'open_enrolment_in_both' ? (
                    <li key={b.programme}>{t('samePerson.merge.blocker', { programme: b.programme })}</li>
                  ) : (
                    <li key={b.kind}>{t('samePerson.merge.matchBlocker')}</li>
                  ),
                )}
              </ul>
              {p.blockers.some((b) => b.kind === 'open_enrolment_in_both') && (
                <>
                  <p>{t('samePerson.merge.blockedHow')}</p>
                  {sectionLinks('enrolments', (name) => t('samePerson.merge.enrolmentsOf', { name }))}
                </>
              )}
              {p.blockers.some((b) => b.kind === 'open_language_friend_match_in_both') && (
                <>
                  <p>{t('samePerson.merge.matchBlockedHow')}</p>
                  {sectionLinks('language-friend', (name) =>
                    t('samePerson.merge.languageFriendOf', { name }),
                  )}
                </>
              )}
              <div className="button-row">
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={preview.isFetching}
                  onClick={() => void preview.refetch()}
                >
                  {t('samePerson.merge.checkAgain')}
                </button>
                <button type="button" className="button-link" onClick={onCancel}>
                  {t('common.cancel')}
                </button>
              </div>
            </div>
          ) : (
            <div className="button-row">
              <button
                type="button"
                className="button"
                disabled={merge.isPending || preview.isFetching}
                onClick={() => confirm(p)}
              >
                {merge.isPending ? t('form.sending') : t('samePerson.merge.confirm', names)}
              </button>
              <button type="button" className="button-link" onClick={onCancel}>
                {t('common.cancel')}
              </button>
            </div>
          )}
        </>
      )}
      {!p && (
        <p>
          <button type="button" className="button-link" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </p>
      )}
    </section>
  );
}
