import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReminderPause } from '#shared/messages.ts';
import { useAbility } from '#web/auth/session-context.ts';
import { problemMessage } from '#web/components/form-errors.ts';
import { Loading } from '#web/components/loading.tsx';
import { Notice } from '#web/components/notice.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { TableRegion } from '#web/components/table-region.tsx';
import { formatDate, formatDateTime } from '#web/lib/format.ts';
import { useEndReminderPause, useMessages, useReminderPauses } from './api.ts';
import { messageState, type MessageState } from './message-values.ts';
import { PauseForm } from './pause-form.tsx';
import './messages.css';

const stateTag: Record<MessageState, string> = {
  pending: 'tag',
  sent: 'tag tag--success',
  kept: 'tag tag--muted',
  held: 'tag tag--accent',
  failed: 'tag tag--accent',
};

/** Meddelanden on her record: every reminder to her, and pausing them (during sick leave, say). */
export function MessagesSection({ participantId }: { participantId: string }) {
  const { t, i18n } = useTranslation();
  const messages = useMessages(participantId);
  return (
    <section aria-labelledby="messages-title">
      <h2 id="messages-title">{t('messages.title')}</h2>
      <Reminders participantId={participantId} />
      <h3 id="messages-log-title">{t('messages.logTitle')}</h3>
      {messages.isPending && <Loading />}
      {messages.error && <QueryError error={messages.error} retry={() => void messages.refetch()} />}
      {messages.data?.length === 0 && <p>{t('messages.none')}</p>}
      {messages.data && messages.data.length > 0 && (
        <TableRegion labelledBy="messages-caption">
          <table className="table">
            <caption id="messages-caption">{t('messages.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('messages.when')}</th>
                <th scope="col">{t('messages.channel')}</th>
                <th scope="col">{t('messages.status')}</th>
                <th scope="col">{t('messages.text')}</th>
              </tr>
            </thead>
            <tbody>
              {messages.data.map((m) => {
                const state = messageState(m);
                return (
                  <tr key={m.id}>
                    <td className="table__nowrap">
                      {formatDateTime(m.sentAt ?? m.createdAt, i18n.language)}
                    </td>
                    <td>
                      {t(`messages.channels.${m.channel}`)}
                      <br />
                      <span className="muted">{m.toAddress}</span>
                    </td>
                    <td>
                      <span className={stateTag[state]}>{t(`messages.states.${state}`)}</span>
                      {state === 'failed' && m.lastError && (
                        <>
                          <br />
                          <span className="muted">
                            {m.lastError === 'paused' ? t('messages.failedPaused') : m.lastError}
                          </span>
                        </>
                      )}
                    </td>
                    <td>
                      {m.subject && <strong>{m.subject}: </strong>}
                      {m.body}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}

/** Her reminders: paused or not, the pause form or the button to end the pause, and earlier pauses. */
function Reminders({ participantId }: { participantId: string }) {
  const { t, i18n } = useTranslation();
  const canManage = useAbility('reminders.manage');
  const pauses = useReminderPauses(participantId);
  const end = useEndReminderPause(participantId);
  const [done, setDone] = useState<'paused' | 'ended' | null>(null);
  const active = pauses.data?.active;
  const date = (d: string) => formatDate(d, i18n.language);
  return (
    <>
      <h3>{t('messages.remindersTitle')}</h3>
      {done && <Notice kind="success">{t(`messages.pause.${done}`)}</Notice>}
      {pauses.isPending && <Loading />}
      {pauses.error && <QueryError error={pauses.error} retry={() => void pauses.refetch()} />}
      {pauses.data && !active && <p>{t('messages.notPaused')}</p>}
      {active && (
        <div className="panel">
          <p>
            <strong>
              {active.untilOn
                ? t('messages.pausedUntil', { from: date(active.fromOn), until: date(active.untilOn) })
                : t('messages.pausedUntilEnded', { from: date(active.fromOn) })}
            </strong>
          </p>
          <p>{t('messages.pauseBy', { reason: active.reason, name: active.createdBy ?? '–' })}</p>
          {end.error && <Notice kind="warning">{problemMessage(t, end.error)}</Notice>}
          {canManage && (
            <button
              className="button button--secondary"
              type="button"
              disabled={end.isPending}
              onClick={() => end.mutate(undefined, { onSuccess: () => setDone('ended') })}
            >
              {end.isPending ? t('form.sending') : t('messages.pause.end')}
            </button>
          )}
        </div>
      )}
      {pauses.data && !active && canManage && (
        <PauseForm participantId={participantId} onDone={() => setDone('paused')} />
      )}
      {pauses.data && pauses.data.history.length > 0 && <History pauses={pauses.data.history} />}
    </>
  );
}

function History({ pauses }: { pauses: ReminderPause[] }) {
  const { t, i18n } = useTranslation();
  return (
    <details className="pause-history">
      <summary>{t('messages.history.summary', { count: pauses.length })}</summary>
      <ul>
        {pauses.map((p) => (
          <li key={p.id}>
            {t('messages.history.line', {
              from: formatDate(p.fromOn, i18n.language),
              until: p.untilOn ? formatDate(p.untilOn, i18n.language) : '…',
              reason: p.reason,
              name: p.createdBy ?? '–',
            })}
            {p.endedAt &&
              ` ${t('messages.history.ended', {
                at: formatDateTime(p.endedAt, i18n.language),
                name: p.endedBy ?? '–',
              })}`}
          </li>
        ))}
      </ul>
    </details>
  );
}
