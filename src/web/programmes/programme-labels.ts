import { useTranslation } from 'react-i18next';

/** Field labels for the error summary. */
export function useProgrammeLabels(): Record<string, string> {
  const { t } = useTranslation();
  return {
    name: t('programmes.name'),
    funder: t('programmes.funder'),
    funderReference: t('programmes.funderReference'),
    startsOn: t('programmes.startsOn'),
    endsOn: t('programmes.endsOn'),
  };
}
