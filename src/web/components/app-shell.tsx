import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { useCurrentSession } from '#web/auth/session-context.ts';
import { NotificationsLink } from '#web/notifications/notifications-link.tsx';
import { LanguageSwitcher } from './language-switcher.tsx';
import { MainNav } from './main-nav.tsx';
import { SiteFooter } from './site-footer.tsx';
import { SkipLink, mainId } from './skip-link.tsx';
import { UnitSwitcher } from './unit-switcher.tsx';
import { UserMenu } from './user-menu.tsx';
import './shell.css';

/** The signed-in frame: header with role switcher, language and account, the menu, and the page. */
export function AppShell() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  return (
    <>
      <SkipLink />
      <header className="site-header">
        <div className="container site-header__inner">
          <Link className="site-header__brand" to="/">
            {t('app.name')}
            <span className="site-header__organisation">{session.organisation.name}</span>
          </Link>
          <div className="site-header__tools">
            <NotificationsLink />
            <UnitSwitcher />
            <LanguageSwitcher />
            <UserMenu />
          </div>
        </div>
      </header>
      <MainNav />
      <main className="site-main" id={mainId} tabIndex={-1}>
        <div className="container">
          <Outlet />
        </div>
      </main>
      <SiteFooter organisation={session.organisation.name} />
    </>
  );
}
