import { useTranslation } from 'react-i18next';
import { Link, useRouteError } from 'react-router';
import { SkipLink, mainId } from './skip-link.tsx';
import { Page } from './page.tsx';
import './shell.css';

/** The last resort when a page throws while rendering: say so plainly and offer a way on. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  console.error(error);
  return (
    <>
      <SkipLink />
      <main className="site-main" id={mainId} tabIndex={-1}>
        <div className="container">
          <Page title={t('pages.error.title')}>
            <p>{t('errors.problems.fallback')}</p>
            <p>
              <Link to="/" reloadDocument>
                {t('pages.toHome')}
              </Link>
            </p>
          </Page>
        </div>
      </main>
    </>
  );
}
