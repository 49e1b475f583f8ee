import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

export const mainId = 'main';

/** The first thing a keyboard reaches: past the header and menu to the content. */
export function SkipLink() {
  const { t } = useTranslation();
  // Focus by hand: following `#main` would replace a fragment that may hold a one-time token.
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(mainId)?.focus();
  };
  return (
    <a className="skip-link" href={`#${mainId}`} onClick={skip}>
      {t('app.skipLink')}
    </a>
  );
}
