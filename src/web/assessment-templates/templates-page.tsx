import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useTemplates } from '#web/assessments/api.ts';
import { useAbility } from '#web/auth/session-context.ts';
import { Loading } from '#web/components/loading.tsx';
import { Notice } from '#web/components/notice.tsx';
import { Page } from '#web/components/page.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { sortBy } from '#web/lib/format.ts';
import { TemplateSummary } from './template-summary.tsx';
import './assessment-templates.css';

type Published = { title: string; version: number };

/** The kartläggning templates in use: the newest version of each, with its domains. */
export function TemplatesPage() {
  const { t } = useTranslation();
  const templates = useTemplates();
  const canManage = useAbility('templates.manage');
  const published = (useLocation().state as { published?: Published } | null)?.published;

  return (
    <Page title={t('templates.title')} lead={t('templates.lead')}>
      {published && <Notice kind="success">{t('templates.published', published)}</Notice>}
      {templates.isPending && <Loading />}
      {templates.error && <QueryError error={templates.error} retry={() => void templates.refetch()} />}
      {templates.data && templates.data.length === 0 && <p>{t('templates.empty')}</p>}
      {templates.data &&
        sortBy(templates.data, (template) => template.key).map((template) => (
          <TemplateSummary key={template.id} template={template} canManage={canManage} />
        ))}
    </Page>
  );
}
