import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { membershipLabel } from '#web/auth/membership-label.ts';
import { useCurrentSession, type Ability } from '#web/auth/session-context.ts';
import { Page } from '#web/components/page.tsx';
import { LooseThreadsSummary } from '#web/loose-threads/loose-threads-summary.tsx';
import { CaseloadList } from '#web/teams/caseload-list.tsx';
import './home.css';

type Task = {
  to: string;
  key: 'participants' | 'caseload' | 'reassign' | 'programmes' | 'units' | 'users' | 'audit';
  ability: Ability;
};

const tasks: Task[] = [
  { to: '/participants', key: 'participants', ability: 'participants.read' },
  { to: '/caseload/assign', key: 'reassign', ability: 'caseload.manage' },
  { to: '/units', key: 'units', ability: 'units.list' },
  { to: '/programmes', key: 'programmes', ability: 'programmes.manage' },
  { to: '/users', key: 'users', ability: 'users.list' },
  { to: '/audit', key: 'audit', ability: 'audit.read' },
];

export function HomePage() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const active = session.memberships.find((m) => m.id === session.activeMembershipId);
  const available = tasks.filter((task) => session.abilities.includes(task.ability));
  return (
    <Page title={t('home.welcome', { name: session.user.name })} windowTitle={t('home.title')}>
      {active && (
        <p className="lead" data-testid="active-membership">
          {t('home.context', { membership: membershipLabel(t, active) })}
        </p>
      )}
      {session.abilities.includes('participants.read') && (
        <section aria-labelledby="home-caseload">
          <h2 id="home-caseload">{t('nav.caseload')}</h2>
          <CaseloadList captionId="home-caseload-caption" />
        </section>
      )}
      {session.abilities.includes('participants.read') && <LooseThreadsSummary />}
      <h2>{t('home.tasks')}</h2>
      {available.length === 0 ? (
        <p>{t('home.none')}</p>
      ) : (
        <ul className="task-list">
          {available.map((task) => (
            <li key={task.to} className="task-card">
              <h3 className="task-card__title">
                <Link className="task-card__link" to={task.to}>
                  {t(`nav.${task.key}`)}
                </Link>
              </h3>
              <p className="task-card__text">{t(`home.cards.${task.key}`)}</p>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
