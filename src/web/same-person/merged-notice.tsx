import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Participant } from '#shared/participants.ts';
import type { Merge } from '#shared/same-person.ts';
import { useAbility } from '#web/auth/session-context.ts';
import { Notice } from '#web/components/notice.tsx';
import { formatDateTime } from '#web/lib/format.ts';
import { useSamePerson } from './api.ts';
import { fullName } from './names.ts';
import { UndoMerge } from './undo-merge.tsx';
import './same-person.css';

/**
 * At the top of every section of a merged record: into which record it went, that it is read-only, and for
 * those who may merge, "Undo merge". After an undo, says so.
 */
export function MergedNotice({ participant }: { participant: Participant }) {
  const { t } = useTranslation();
  const [undone, setUndone] = useState<Merge | null>(null);
  if (participant.mergedInto)
    return (
      <MergedInto participantId={participant.id} targetId={participant.mergedInto} onUndone={setUndone} />
    );
  if (undone)
    return <Notice kind="success">{t('samePerson.undo.done', { source: fullName(undone.source) })}</Notice>;
  return null;
}

type Props = { participantId: string; targetId: string; onUndone: (merge: Merge) => void };

function MergedInto({ participantId, targetId, onUndone }: Props) {
  const { t, i18n } = useTranslation();
  const canMerge = useAbility('participants.merge');
  // The merge (who, when, into whom, its id for undo) comes with the record's same-person view.
  const merge = useSamePerson(participantId).data?.mergedInto;
  const name = merge && fullName(merge.target);
  return (
    <section className="notice notice--warning merged-notice" aria-labelledby="merged-notice-title">
      <h2 className="merged-notice__title" id="merged-notice-title">
        {t('samePerson.merged.title')}
      </h2>
      <p>{name ? t('samePerson.merged.body', { name }) : t('samePerson.merged.bodyUnknown')}</p>
      {merge && (
        <p>
          {t('samePerson.merged.by', {
            by: merge.mergedBy ?? t('samePerson.unknown'),
            date: formatDateTime(merge.mergedAt, i18n.language),
          })}
        </p>
      )}
      <p>
        <Link to={`/participants/${targetId}`}>
          {name ? t('samePerson.merged.open', { name }) : t('samePerson.merged.openUnknown')}
        </Link>
      </p>
      {canMerge && merge && (
        <UndoMerge merge={merge} buttonLabel={t('samePerson.undo.button')} onDone={onUndone} />
      )}
    </section>
  );
}
