import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from './page.tsx';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('pages.notFound.title')}>
      <p>{t('pages.notFound.body')}</p>
      <p>
        <Link to="/">{t('pages.toHome')}</Link>
      </p>
    </Page>
  );
}
