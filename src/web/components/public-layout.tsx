import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { LanguageSwitcher } from './language-switcher.tsx';
import { SiteFooter } from './site-footer.tsx';
import { SkipLink, mainId } from './skip-link.tsx';
import './shell.css';

/** Pages before sign-in: set-up, sign-in, choosing a password. */
export function PublicLayout() {
  const { t } = useTranslation();
  return (
    <>
      <SkipLink />
      <header className="site-header">
        <div className="container site-header__inner">
          <Link className="site-header__brand" to="/login">
            {t('app.name')}
          </Link>
          <div className="site-header__tools">
            <LanguageSwitcher />
          </div>
        </div>
      </header>
      <main className="site-main" id={mainId} tabIndex={-1}>
        <div className="container container--narrow">
          <Outlet />
        </div>
      </main>
      <SiteFooter />
    </>
  );
}
