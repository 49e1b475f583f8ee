import { useEffect, useId, useState, type FormEvent } from 'react';
import { maxMessageLength, type Conversation, type ConversationMessage } from '#shared/conversations.ts';
import type { PageProps } from '../features.ts';
import { api } from '../lib/api.ts';
import { formatDateTime } from '../lib/format.ts';
import { useI18n } from '../lib/i18n.tsx';
import { useApi } from '../lib/use-api.ts';
import { Notice, Page } from '../shell/page.tsx';
import './messages.css';

const path = '/api/me/conversation';

/**
 * Meddelanden: her conversation with her team. Each message says in words whether it is sent or read (and
 * when), not by an icon alone. Opening the page marks the team's messages read.
 */
export default function MessagesPage(_: PageProps) {
  const { t } = useI18n();
  const thread = useApi<Conversation>(path);
  const { reload } = thread;
  // Fetched again when she comes back to the app, not on a timer: each read is audited.
  useEffect(() => {
    const again = () => document.visibilityState === 'visible' && reload();
    document.addEventListener('visibilitychange', again);
    return () => document.removeEventListener('visibilitychange', again);
  }, [reload]);
  const messages = thread.data?.messages ?? [];
  return (
    <Page title={t('messages.title')} lead={t('messages.lead')}>
      {thread.loading && !thread.data && <p className="p-loading">{t('app.loading')}</p>}
      {thread.error !== null && !thread.data && (
        <Notice kind="warning">
          {t('app.failed')}{' '}
          <button type="button" className="p-button p-button--quiet" onClick={reload}>
            {t('app.retry')}
          </button>
        </Notice>
      )}
      {thread.data && messages.length === 0 && <p>{t('messages.empty')}</p>}
      {messages.length > 0 && (
        <ol className="p-thread" aria-label={t('messages.threadLabel')}>
          {messages.map((m, i) => (
            <MessageItem key={m.id} message={m} isNew={i >= messages.length - (thread.data?.newCount ?? 0)} />
          ))}
        </ol>
      )}
      {thread.data && <Compose onSent={reload} />}
    </Page>
  );
}

function MessageItem({ message: m, isNew }: { message: ConversationMessage; isNew: boolean }) {
  const { t, language } = useI18n();
  const mine = m.from === 'participant';
  const when = (iso: string) => formatDateTime(new Date(iso), language);
  return (
    <li className={mine ? 'p-thread__message p-thread__message--mine' : 'p-thread__message'}>
      <p className="p-thread__who">
        <strong>{mine ? t('messages.you') : t('messages.team')}</strong>
        {!mine && isNew && <span className="p-thread__new">{t('messages.new')}</span>}
      </p>
      {/* Each message in its own direction (Swedish in an Arabic page, Arabic in a Swedish one). */}
      <p className="p-thread__body" dir="auto">
        {m.body}
      </p>
      <p className="p-thread__state">
        {mine
          ? m.readAt
            ? t('messages.readByTeam', { time: when(m.readAt) })
            : t('messages.sentNotRead', { time: when(m.sentAt) })
          : t('messages.sentAt', { time: when(m.sentAt) })}
      </p>
    </li>
  );
}

function Compose({ onSent }: { onSent: () => void }) {
  const { t } = useI18n();
  const id = useId();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSent(false);
    const text = body.trim();
    if (!text) return setError(t('messages.writeSomething'));
    if (text.length > maxMessageLength) return setError(t('messages.tooLong', { max: maxMessageLength }));
    setError(null);
    setBusy(true);
    try {
      await api.post(`${path}/messages`, { body: text });
      setBody('');
      setSent(true);
      onSent();
    } catch {
      setError(t('messages.notSent'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="p-form p-compose" noValidate onSubmit={(e) => void submit(e)} data-no-read>
      {sent && <Notice kind="success">{t('messages.sentNotice')}</Notice>}
      <label htmlFor={id}>{t('messages.writeLabel')}</label>
      {error && (
        <p className="p-field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <textarea
        id={id}
        name="body"
        dir="auto"
        rows={5}
        value={body}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setBody(e.target.value)}
      />
      <p className="p-actions">
        <button type="submit" className="p-button" disabled={busy}>
          {t('messages.send')}
        </button>
      </p>
    </form>
  );
}
