import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '#web/components/loading.tsx';
import { Page } from '#web/components/page.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { formatDateTime } from '#web/lib/format.ts';
import { useMarkRead, useNotifications } from './api.ts';
import { notificationText } from './notification-text.ts';
import './notifications.css';

export function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const notifications = useNotifications();
  const markRead = useMarkRead();
  return (
    <Page title={t('notifications.title')} wide>
      {notifications.isPending && <Loading />}
      {notifications.error && (
        <QueryError error={notifications.error} retry={() => void notifications.refetch()} />
      )}
      {notifications.data?.length === 0 && <p>{t('notifications.empty')}</p>}
      {notifications.data && notifications.data.length > 0 && (
        <ul className="notification-list">
          {notifications.data.map((n) => (
            <li key={n.id} className={n.readAt ? 'notification' : 'notification notification--unread'}>
              <p className="notification__text">
                {!n.readAt && <span className="tag tag--accent">{t('notifications.new')}</span>}{' '}
                {notificationText(t, n)}
              </p>
              <p className="notification__meta">
                <time dateTime={n.createdAt}>{formatDateTime(n.createdAt, i18n.language)}</time>
                {n.participantId && (
                  <>
                    {' · '}
                    <Link
                      to={`/participants/${n.participantId}`}
                      onClick={() => !n.readAt && markRead.mutate(n.id)}
                    >
                      {t('notifications.open')}
                    </Link>
                  </>
                )}
                {!n.readAt && (
                  <>
                    {' · '}
                    <button type="button" className="button-link" onClick={() => markRead.mutate(n.id)}>
                      {t('notifications.markRead')}
                    </button>
                  </>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
