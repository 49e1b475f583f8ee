import { useTranslation } from 'react-i18next';
import { Page } from '#web/components/page.tsx';
import { CaseloadList } from './caseload-list.tsx';

export function CaseloadPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('caseload.title')} lead={t('caseload.lead')} wide>
      <CaseloadList captionId="caseload-caption" />
    </Page>
  );
}
