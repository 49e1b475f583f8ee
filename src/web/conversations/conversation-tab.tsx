import { useTranslation } from 'react-i18next';
import { useAbility } from '#web/auth/session-context.ts';
import { useUnreadFromHer } from './api.ts';

/** The Samtal tab's name, with how many of her messages nobody in the team has read yet. */
export function ConversationTabLabel({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const canRead = useAbility('conversations.read');
  const unread = useUnreadFromHer(participantId, canRead).data?.unread ?? 0;
  return (
    <>
      {t('conversations.tab')}
      {unread > 0 && (
        <>
          {' '}
          <span className="tag tag--accent">{t('conversations.unreadBadge', { count: unread })}</span>
        </>
      )}
    </>
  );
}
