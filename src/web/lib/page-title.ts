import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Each route names itself in the window title, so screen-reader users and tabs know where they are. */
export function usePageTitle(title: string): void {
  const { t } = useTranslation();
  const suffix = t('app.name');
  useEffect(() => {
    document.title = title === suffix ? suffix : `${title} – ${suffix}`;
  }, [title, suffix]);
}
