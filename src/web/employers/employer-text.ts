import type { TFunction } from 'i18next';
import type { EmployerSummary } from '#shared/employers.ts';

/** The industry as staff read it: the SNI code with their own words beside it (we ship no SNI catalogue). */
export const industryText = (e: Pick<EmployerSummary, 'sniCode' | 'industry'>): string =>
  [e.sniCode && `SNI ${e.sniCode}`, e.industry].filter(Boolean).join(' · ') || '–';

/** What the employer can offer, in words. */
export const offersText = (t: TFunction, e: Pick<EmployerSummary, 'offers'>): string =>
  e.offers.map((o) => t(`employers.offerNames.${o}`)).join(', ') || t('employers.noOffers');
