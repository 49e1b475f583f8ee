import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Merge, OtherRecord } from '#shared/same-person.ts';
import { useAbility } from '#web/auth/session-context.ts';
import { problemMessage } from '#web/components/form-errors.ts';
import { Loading } from '#web/components/loading.tsx';
import { Notice } from '#web/components/notice.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { formatDateTime } from '#web/lib/format.ts';
import { useRecordParticipant } from '#web/participants/participant-page.tsx';
import { useSamePerson, useUnlink } from './api.ts';
import { countsInWords, joinWords } from './counts.ts';
import { LinkForm } from './link-form.tsx';
import { MergeStep } from './merge-step.tsx';
import { fullName, recordName } from './names.ts';
import { OtherRecordsTable } from './other-records-table.tsx';
import { RecordSearch } from './record-search.tsx';
import { UndoMerge } from './undo-merge.tsx';
import './same-person.css';

type Action =
  | { kind: 'link'; other: OtherRecord }
  /** `source` is merged away (read-only afterwards); `target` stays. */
  | { kind: 'merge'; source: OtherRecord; target: OtherRecord }
  | null;

/**
 * Samma person: records that look like hers, records linked to hers as the same person, and records merged
 * into hers; with linking, merging in either direction (always saying which record stays) and undoing.
 */
export function SamePersonSection({ participantId }: { participantId: string }) {
  const { t, i18n } = useTranslation();
  const participant = useRecordParticipant();
  const samePerson = useSamePerson(participantId);
  const unlink = useUnlink(participantId);
  const canLink = useAbility('participants.link');
  const canMerge = useAbility('participants.merge');
  const [action, setAction] = useState<Action>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const self: OtherRecord = {
    id: participant.id,
    firstName: participant.firstName,
    lastName: participant.lastName,
    birthDate: participant.birthDate,
    identityNumberMasked: participant.identityNumberMasked,
  };
  const data = samePerson.data;
  const linkedIds = new Set(data?.links.map((l) => l.record.id));
  // A linked record merged into this one stays linked, but cannot be merged again.
  const mergedIds = new Set(data?.mergedFrom.map((m) => m.source.id));
  const lang = i18n.language;

  const open = (next: Action) => {
    setNotice(null);
    unlink.reset();
    setAction(next);
  };
  const finish = (message: string) => {
    setAction(null);
    setNotice(message);
  };

  /** Link, and merge either way, for another record; "Already linked" instead of the link when it is. */
  const actionsFor = (other: OtherRecord, linked = linkedIds.has(other.id)) => {
    const name = fullName(other);
    return (
      <div className="same-person__actions">
        {canLink &&
          (linked ? (
            <button
              type="button"
              className="button-link"
              disabled={unlink.isPending}
              onClick={() => {
                setNotice(null);
                unlink.mutate(other.id, { onSuccess: () => finish(t('samePerson.unlinked', { name })) });
              }}
            >
              {t('samePerson.unlink', { name })}
            </button>
          ) : (
            <button type="button" className="button-link" onClick={() => open({ kind: 'link', other })}>
              {t('samePerson.link', { name })}
            </button>
          ))}
        {canMerge && !mergedIds.has(other.id) && !other.mergedInto && (
          <>
            <button
              type="button"
              className="button-link"
              onClick={() => open({ kind: 'merge', source: other, target: self })}
            >
              {t('samePerson.mergeHere', { name })}
            </button>
            <button
              type="button"
              className="button-link"
              onClick={() => open({ kind: 'merge', source: self, target: other })}
            >
              {t('samePerson.mergeAway', { name })}
            </button>
          </>
        )}
      </div>
    );
  };
  const canAct = canLink || canMerge;
  const merged = (merge: Merge) =>
    finish(
      t('samePerson.merge.done', {
        source: recordName(t, merge.source, participantId),
        target: recordName(t, merge.target, participantId),
      }),
    );

  return (
    <section aria-labelledby="same-person-title">
      <h2 id="same-person-title">{t('samePerson.title')}</h2>
      <p>{t('samePerson.lead')}</p>
      {notice && <Notice kind="success">{notice}</Notice>}
      {unlink.error && <Notice kind="warning">{problemMessage(t, unlink.error)}</Notice>}
      {action?.kind === 'link' && (
        <LinkForm
          key={action.other.id}
          participantId={participantId}
          other={action.other}
          onDone={() => finish(t('samePerson.linked', { name: fullName(action.other) }))}
          onCancel={() => setAction(null)}
        />
      )}
      {action?.kind === 'merge' && (
        <MergeStep
          key={`${action.source.id}>${action.target.id}`}
          selfId={participantId}
          source={action.source}
          target={action.target}
          onDone={merged}
          onSwap={() => setAction({ kind: 'merge', source: action.target, target: action.source })}
          onCancel={() => setAction(null)}
        />
      )}
      {samePerson.isPending && <Loading />}
      {samePerson.error && <QueryError error={samePerson.error} retry={() => void samePerson.refetch()} />}
      {data && (
        <>
          <h3>{t('samePerson.suggestionsTitle')}</h3>
          {data.possibleDuplicates.length === 0 ? (
            <p>{t('samePerson.noSuggestions')}</p>
          ) : (
            <OtherRecordsTable
              id="same-person-suggestions"
              captionHidden
              caption={t('samePerson.suggestionsCaption')}
              rows={data.possibleDuplicates}
              columns={[{ header: t('samePerson.why'), cell: (d) => t(`samePerson.matches.${d.match}`) }]}
              actions={canAct ? (d) => actionsFor(d, false) : undefined}
            />
          )}

          <h3>{t('samePerson.linksTitle')}</h3>
          {data.links.length === 0 ? (
            <p>{t('samePerson.noLinks')}</p>
          ) : (
            <OtherRecordsTable
              id="same-person-links"
              captionHidden
              caption={t('samePerson.linksCaption')}
              rows={data.links.map((l) => ({ ...l.record, link: l }))}
              columns={[
                {
                  header: t('samePerson.linkedBy'),
                  cell: ({ link }) =>
                    t('samePerson.linkedHow', {
                      by: link.linkedBy ?? t('samePerson.unknown'),
                      date: formatDateTime(link.linkedAt, lang),
                    }),
                },
                { header: t('samePerson.note'), cell: ({ link }) => link.note },
              ]}
              actions={canAct ? (r) => actionsFor(r, true) : undefined}
            />
          )}

          <h3>{t('samePerson.mergedFromTitle')}</h3>
          {data.mergedFrom.length === 0 ? (
            <p>{t('samePerson.mergedFromNone')}</p>
          ) : (
            <OtherRecordsTable
              id="same-person-merged"
              captionHidden
              caption={t('samePerson.mergedFromCaption')}
              rows={data.mergedFrom.map((m) => ({ ...m.source, merge: m }))}
              columns={[
                {
                  header: t('samePerson.mergedBy'),
                  cell: ({ merge }) =>
                    t('samePerson.linkedHow', {
                      by: merge.mergedBy ?? t('samePerson.unknown'),
                      date: formatDateTime(merge.mergedAt, lang),
                    }),
                },
                {
                  header: t('samePerson.moved'),
                  cell: ({ merge }) => {
                    const words = countsInWords(t, merge.moved);
                    return words.length
                      ? t('samePerson.movedList', { list: joinWords(words, lang) })
                      : t('samePerson.movedJournalOnly');
                  },
                },
              ]}
              actions={
                canMerge
                  ? ({ merge }) => (
                      <UndoMerge
                        merge={merge}
                        buttonLabel={t('samePerson.undo.buttonFor', { name: fullName(merge.source) })}
                        onDone={(undone) =>
                          finish(t('samePerson.undo.done', { source: fullName(undone.source) }))
                        }
                      />
                    )
                  : undefined
              }
            />
          )}

          {canAct && !participant.mergedInto && (
            <RecordSearch participantId={participantId} actions={(r) => actionsFor(r)} />
          )}
        </>
      )}
    </section>
  );
}
