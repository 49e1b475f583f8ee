import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Merge } from '#shared/same-person.ts';
import { problemMessage } from '#web/components/form-errors.ts';
import { Notice } from '#web/components/notice.tsx';
import { isApiError } from '#web/lib/api.ts';
import { useUndoMerge } from './api.ts';
import { fullName } from './names.ts';

type Props = { merge: Merge; buttonLabel: string; onDone: (merge: Merge) => void };

/** "Undo merge", after a second step that says what moves back and what stays. */
export function UndoMerge({ merge, buttonLabel, onDone }: Props) {
  const { t } = useTranslation();
  const undo = useUndoMerge();
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLDivElement>(null);
  const id = useId();
  const names = { source: fullName(merge.source), target: fullName(merge.target) };

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const error = undo.error
    ? isApiError(undo.error, 'merge_blocked')
      ? t('samePerson.undo.blocked', names)
      : isApiError(undo.error, 'conflict')
        ? t('samePerson.undo.already')
        : problemMessage(t, undo.error)
    : null;

  // Awaited rather than with mutate's callbacks: the undo refetches the records, which unmounts this button
  // (the merged notice, a row of merged records) before such callbacks would run.
  const confirm = async () => {
    try {
      const undone = await undo.mutateAsync(merge.id);
      onDone(undone);
    } catch {
      setConfirming(false);
    }
  };

  return (
    <>
      {error && <Notice kind="warning">{error}</Notice>}
      {confirming ? (
        <div className="confirm" tabIndex={-1} ref={confirmRef} aria-labelledby={`${id}-confirm`}>
          <p id={`${id}-confirm`}>
            <strong>{t('samePerson.undo.confirm', names)}</strong>
          </p>
          <div className="button-row">
            <button className="button" type="button" onClick={() => void confirm()} disabled={undo.isPending}>
              {undo.isPending ? t('form.sending') : t('samePerson.undo.yes')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            undo.reset();
            setConfirming(true);
          }}
        >
          {buttonLabel}
        </button>
      )}
    </>
  );
}
