import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ConversationMessage } from '#shared/conversations.ts';
import { useAbility } from '#web/auth/session-context.ts';
import { Loading } from '#web/components/loading.tsx';
import { Notice } from '#web/components/notice.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { formatDateTime } from '#web/lib/format.ts';
import { useRecordParticipant } from '#web/participants/participant-page.tsx';
import { useConversation } from './api.ts';
import { ComposeForm } from './compose-form.tsx';
import './conversations.css';

/**
 * Samtal on her record: her two-way conversation with the team (the reminders sent to her are under
 * Meddelanden). Opening it marks her messages read by the team.
 */
export function ConversationSection({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const conversation = useConversation(participantId);
  const canWrite = useAbility('conversations.write');
  const [sent, setSent] = useState(false);
  const messages = conversation.data?.messages ?? [];
  return (
    <section aria-labelledby="conversation-title">
      <h2 id="conversation-title">{t('conversations.title')}</h2>
      <p>{t('conversations.intro')}</p>
      <p>
        <Link to={`/participants/${encodeURIComponent(participantId)}/messages`}>
          {t('conversations.outboxLink')}
        </Link>
      </p>
      {conversation.isPending && <Loading />}
      {conversation.error && (
        <QueryError error={conversation.error} retry={() => void conversation.refetch()} />
      )}
      {conversation.data && messages.length === 0 && <p>{t('conversations.empty')}</p>}
      {messages.length > 0 && (
        <ol className="conversation" aria-label={t('conversations.threadLabel')}>
          {messages.map((m) => (
            <MessageItem key={m.id} message={m} />
          ))}
        </ol>
      )}
      {sent && <Notice kind="success">{t('conversations.sent')}</Notice>}
      {canWrite && conversation.data && (
        <ComposeForm
          participantId={participantId}
          onSending={() => setSent(false)}
          onSent={() => setSent(true)}
        />
      )}
    </section>
  );
}

function MessageItem({ message: m }: { message: ConversationMessage }) {
  const { t, i18n } = useTranslation();
  const participant = useRecordParticipant();
  const fromHer = m.from === 'participant';
  const when = (iso: string) => formatDateTime(iso, i18n.language);
  return (
    <li className={fromHer ? 'conversation__message conversation__message--hers' : 'conversation__message'}>
      <p className="conversation__meta">
        <strong>{fromHer ? participant.firstName : (m.authorName ?? t('conversations.team'))}</strong>
        {' · '}
        <time dateTime={m.sentAt}>{when(m.sentAt)}</time>
      </p>
      {/* Her words in their own direction (Arabic, Dari) within the Swedish page. */}
      <p className="conversation__body" dir="auto">
        {m.body}
      </p>
      <p className="conversation__state">
        {m.readAt ? (
          <span className="tag tag--success">
            {fromHer
              ? t('conversations.readByTeam', { when: when(m.readAt) })
              : t('conversations.readByHer', { name: participant.firstName, when: when(m.readAt) })}
          </span>
        ) : (
          <span className="tag tag--muted">
            {fromHer
              ? t('conversations.newFromHer')
              : t('conversations.notReadByHer', { name: participant.firstName })}
          </span>
        )}
      </p>
    </li>
  );
}
