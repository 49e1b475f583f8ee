import type { TFunction } from 'i18next';
import type { Membership } from '#shared/auth.ts';

/** "Arbetsmarknadscoach · Malmö" or "Administratör · hela organisationen". */
export const membershipLabel = (t: TFunction, membership: Pick<Membership, 'role' | 'unitName'>): string =>
  t('membership.label', {
    role: t(`roles.${membership.role}`),
    unit: membership.unitName ?? t('membership.organisationWide'),
  });
