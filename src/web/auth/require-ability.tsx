import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '#web/components/page.tsx';
import { useAbility, type Ability } from './session-context.ts';

/** A page for one ability; with the wrong role active, an explanation instead. */
export function RequireAbility({ ability, children }: { ability: Ability; children: ReactNode }) {
  const { t } = useTranslation();
  if (useAbility(ability)) return children;
  return (
    <Page title={t('pages.forbidden.title')}>
      <p>{t('pages.forbidden.body')}</p>
      <p>
        <Link to="/">{t('pages.toHome')}</Link>
      </p>
    </Page>
  );
}
