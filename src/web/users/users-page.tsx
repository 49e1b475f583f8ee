import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { membershipLabel } from '#web/auth/membership-label.ts';
import { useAbility } from '#web/auth/session-context.ts';
import { Loading } from '#web/components/loading.tsx';
import { Notice } from '#web/components/notice.tsx';
import { Page } from '#web/components/page.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { TableRegion } from '#web/components/table-region.tsx';
import { formatDateTime } from '#web/lib/format.ts';
import { useUsers } from './api.ts';
import { statusTag, userStatus } from './user-status.ts';
import './users.css';

export function UsersPage() {
  const { t, i18n } = useTranslation();
  const users = useUsers();
  const canManage = useAbility('users.manage');
  const saved = (useLocation().state as { saved?: boolean } | null)?.saved;

  return (
    <Page title={t('users.title')} lead={t('users.lead')} wide>
      {saved && <Notice kind="success">{t('users.saved')}</Notice>}
      {canManage && (
        <p className="users-actions">
          <Link className="button" to="/users/new">
            {t('users.create')}
          </Link>
        </p>
      )}
      {users.isPending && <Loading />}
      {users.error && <QueryError error={users.error} retry={() => void users.refetch()} />}
      {users.data && (
        <TableRegion labelledBy="users-caption">
          <table className="table">
            <caption id="users-caption">{t('users.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('users.name')}</th>
                <th scope="col">{t('users.email')}</th>
                <th scope="col">{t('users.roles')}</th>
                <th scope="col">{t('users.status')}</th>
                <th scope="col">{t('users.lastLogin')}</th>
                {canManage && <th scope="col">{t('users.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {users.data.map((user) => {
                const status = userStatus(user);
                return (
                  <tr key={user.id}>
                    <th scope="row">{user.name}</th>
                    <td className="users-email">{user.email}</td>
                    <td>
                      <ul className="table__list">
                        {user.memberships.map((m) => (
                          <li key={m.id}>{membershipLabel(t, m)}</li>
                        ))}
                      </ul>
                    </td>
                    <td>
                      <span className={statusTag[status]}>{t(`users.statuses.${status}`)}</span>
                    </td>
                    <td className="table__nowrap">
                      {user.lastLoginAt ? formatDateTime(user.lastLoginAt, i18n.language) : t('users.never')}
                    </td>
                    {canManage && (
                      <td>
                        <Link to={`/users/${user.id}`} aria-label={t('users.editLabel', { name: user.name })}>
                          {t('common.edit')}
                        </Link>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableRegion>
      )}
    </Page>
  );
}
