import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAbility } from '#web/auth/session-context.ts';
import { useNotifications } from './api.ts';
import './notifications.css';

/** The header's way to the notices, with the unread count in its name. */
export function NotificationsLink() {
  const { t } = useTranslation();
  const allowed = useAbility('notifications.read');
  const notifications = useNotifications(allowed);
  if (!allowed) return null;
  const unread = notifications.data?.filter((n) => !n.readAt).length ?? 0;
  return (
    <Link className="notifications-link" to="/notifications">
      {t('notifications.link')}
      {unread > 0 && (
        <>
          {' '}
          <span className="notifications-link__count">{unread}</span>
          <span className="visually-hidden"> {t('notifications.unread', { count: unread })}</span>
        </>
      )}
    </Link>
  );
}
