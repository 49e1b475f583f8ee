import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useCurrentSession, type Ability } from '#web/auth/session-context.ts';

type Item = {
  to: string;
  label:
    | 'home'
    | 'participants'
    | 'caseload'
    | 'looseThreads'
    | 'volunteers'
    | 'reassign'
    | 'programmes'
    | 'employers'
    | 'activities'
    | 'lessons'
    | 'schedule'
    | 'units'
    | 'users'
    | 'templates'
    | 'consentPurposes'
    | 'audit'
    | 'partner'
    | 'outcomeSettings'
    | 'funderReport'
    | 'dashboards';
  ability?: Ability;
};

const items: Item[] = [
  { to: '/', label: 'home' },
  { to: '/caseload', label: 'caseload', ability: 'participants.read' },
  { to: '/loose-threads', label: 'looseThreads', ability: 'participants.read' },
  { to: '/participants', label: 'participants', ability: 'participants.read' },
  { to: '/partner', label: 'partner', ability: 'partner.read' },
  { to: '/employers', label: 'employers', ability: 'employers.read' },
  { to: '/activities', label: 'activities', ability: 'activities.read' },
  { to: '/lessons', label: 'lessons', ability: 'lessons.read' },
  { to: '/volunteers', label: 'volunteers', ability: 'volunteers.read' },
  { to: '/schedule', label: 'schedule', ability: 'calendar.own' },
  { to: '/dashboard', label: 'dashboards', ability: 'dashboards.read' },
  { to: '/caseload/assign', label: 'reassign', ability: 'caseload.manage' },
  { to: '/units', label: 'units', ability: 'units.list' },
  { to: '/programmes', label: 'programmes', ability: 'programmes.manage' },
  { to: '/users', label: 'users', ability: 'users.list' },
  { to: '/templates', label: 'templates', ability: 'templates.manage' },
  { to: '/consent-purposes', label: 'consentPurposes', ability: 'consent_purposes.manage' },
  { to: '/outcome-settings', label: 'outcomeSettings', ability: 'outcome_settings.manage' },
  { to: '/funder-report', label: 'funderReport', ability: 'funder_report.export' },
  { to: '/audit', label: 'audit', ability: 'audit.read' },
];

/** The menu shows what the active role may open, as the server's abilities say. */
export function MainNav() {
  const { t } = useTranslation();
  const { abilities } = useCurrentSession();
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <div className="container">
        <ul className="main-nav__list">
          {items
            .filter((item) => !item.ability || abilities.includes(item.ability))
            .map((item) => (
              <li key={item.to}>
                <NavLink
                  className="main-nav__link"
                  to={item.to}
                  end={item.to === '/' || item.to === '/caseload'}
                >
                  {t(`nav.${item.label}`)}
                </NavLink>
              </li>
            ))}
        </ul>
      </div>
    </nav>
  );
}
