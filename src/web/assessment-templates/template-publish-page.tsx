import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useTemplates } from '#web/assessments/api.ts';
import { Loading } from '#web/components/loading.tsx';
import { Page } from '#web/components/page.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { TemplateForm } from './template-form.tsx';
import { titleOf } from './template-values.ts';
import './assessment-templates.css';

export function TemplatePublishPage() {
  const { t, i18n } = useTranslation();
  const key = useParams().key ?? '';
  const templates = useTemplates();
  const template = templates.data?.find((candidate) => candidate.key === key);
  const title = template
    ? t('templates.publishTitle', { title: titleOf(template, i18n.language) })
    : t('templates.publishTitleShort');

  return (
    <Page title={title} lead={t('templates.publishLead')}>
      {templates.isPending && <Loading />}
      {templates.error && <QueryError error={templates.error} retry={() => void templates.refetch()} />}
      {templates.data && !template && <p>{t('errors.problems.not_found')}</p>}
      {template && <TemplateForm key={template.id} template={template} />}
      <p>
        <Link to="/templates">{t('templates.back')}</Link>
      </p>
    </Page>
  );
}
