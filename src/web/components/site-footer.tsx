import { useTranslation } from 'react-i18next';

export function SiteFooter({ organisation }: { organisation?: string }) {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        {organisation && <p className="site-footer__organisation">{organisation}</p>}
        <p>{t('app.footer')}</p>
      </div>
    </footer>
  );
}
