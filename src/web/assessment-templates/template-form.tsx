import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PublishTemplateInput, type AssessmentTemplate } from '#shared/assessments.ts';
import { labelOf } from '#web/assessments/assessment-values.ts';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { TextField } from '#web/components/field.tsx';
import { errorsFromProblem, errorsFromZod, noErrors } from '#web/components/form-errors.ts';
import { usePublishTemplate } from './api.ts';
import { TemplateDomainFieldset } from './template-domain-fieldset.tsx';
import {
  duplicateKeyIssues,
  fieldName,
  flatIssues,
  flatProblem,
  moveDomain,
  newDomain,
  templateInput,
  titleOf,
  valuesOf,
  type DomainValues,
} from './template-values.ts';

const form = 'template-publish';
const maxDomains = 30;

/** A new version of a template, starting from the current one; earlier assessments keep their version. */
export function TemplateForm({ template }: { template: AssessmentTemplate }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const publish = usePublishTemplate();
  const [values, setValues] = useState(() => valuesOf(template));
  const [errors, setErrors] = useState(noErrors);
  const [announcement, setAnnouncement] = useState('');
  const focusNext = useRef<string | null>(null);
  const { domains } = values;

  // After a move, a removal or an addition, focus goes where the person can carry on.
  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  const nameOf = (d: DomainValues) => labelOf(d, i18n.language).trim() || t('templates.unnamed');
  const setDomains = (next: DomainValues[]) => setValues({ ...values, domains: next });

  const move = (index: number, by: -1 | 1) => {
    const domain = domains[index]!;
    const to = index + by;
    setDomains(moveDomain(domains, index, by));
    const edge = to === 0 || to === domains.length - 1;
    const button = edge ? (by < 0 ? 'down' : 'up') : by < 0 ? 'up' : 'down';
    focusNext.current = `${form}-${domain.id}-${button}`;
    setAnnouncement(t('templates.moved', { name: nameOf(domain), n: to + 1, count: domains.length }));
  };

  const remove = (index: number) => {
    const domain = domains[index]!;
    setDomains(domains.filter((_, i) => i !== index));
    focusNext.current = `${form}-domains-title`;
    setAnnouncement(t('templates.removed', { name: nameOf(domain) }));
  };

  const add = () => {
    const domain = newDomain();
    setDomains([...domains, domain]);
    focusNext.current = `${form}-${domain.id}-key`;
    setAnnouncement('');
  };

  // Field names of the summary's links: "Area 3: Name in Swedish".
  const labels: Record<string, string> = {
    titleSv: t('templates.titleSv'),
    titleEn: t('templates.titleEn'),
    domains: t('templates.domains'),
  };
  domains.forEach((d, i) => {
    for (const field of ['key', 'labelSv', 'labelEn'] as const) {
      const label = t(field === 'key' ? 'templates.domainKey' : `templates.${field}`);
      labels[`${d.id}-${field}`] = t('templates.domainField', { n: i + 1, field: label });
    }
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const duplicates = duplicateKeyIssues(values);
    const taken = new Set(duplicates.map((issue) => fieldName(values, issue.path)));
    const overrides = {
      fields: Object.fromEntries(
        domains
          .filter((d) => d.isNew)
          .map((d) => `${d.id}-key`)
          .map((name) => [name, taken.has(name) ? t('templates.keyTaken') : t('templates.keyInvalid')]),
      ),
    };
    const parsed = PublishTemplateInput.safeParse(templateInput(values));
    if (!parsed.success || duplicates.length) {
      const issues = [...(parsed.error?.issues ?? []), ...duplicates];
      return setErrors(errorsFromZod(t, flatIssues(values, issues), overrides));
    }
    setErrors(noErrors);
    publish.mutate(parsed.data, {
      onSuccess: (published) =>
        navigate('/templates', {
          state: { published: { title: titleOf(published, i18n.language), version: published.version } },
        }),
      onError: (error) => setErrors(errorsFromProblem(t, flatProblem(values, error), overrides)),
    });
  };

  return (
    <>
      <ErrorSummary form={form} errors={errors} labels={labels} />
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          form={form}
          name="titleSv"
          label={t('templates.titleSv')}
          lang="sv"
          value={values.titleSv}
          onChange={(e) => setValues({ ...values, titleSv: e.target.value })}
          error={errors.fields.titleSv}
        />
        <TextField
          form={form}
          name="titleEn"
          label={t('templates.titleEn')}
          lang="en"
          value={values.titleEn}
          onChange={(e) => setValues({ ...values, titleEn: e.target.value })}
          error={errors.fields.titleEn}
        />
        <h2 id={`${form}-domains-title`} tabIndex={-1}>
          {t('templates.domains')}
        </h2>
        <p>{t('templates.domainsHint', { max: maxDomains })}</p>
        {errors.fields.domains && (
          <p className="field__error" id={`${form}-domains`} tabIndex={-1}>
            {errors.fields.domains}
          </p>
        )}
        <ol className="template-domains">
          {domains.map((domain, i) => (
            <TemplateDomainFieldset
              key={domain.id}
              form={form}
              domain={domain}
              position={i + 1}
              count={domains.length}
              errors={errors.fields}
              onChange={(next) => setDomains(domains.map((d) => (d.id === next.id ? next : d)))}
              onMove={(by) => move(i, by)}
              onRemove={() => remove(i)}
            />
          ))}
        </ol>
        <p className="visually-hidden" role="status">
          {announcement}
        </p>
        {domains.length < maxDomains && (
          <p>
            <button type="button" className="button button--secondary" onClick={add}>
              {t('templates.addDomain')}
            </button>
          </p>
        )}
        <div className="button-row">
          <button className="button" type="submit" disabled={publish.isPending}>
            {publish.isPending ? t('form.sending') : t('templates.publish')}
          </button>
          <Link to="/templates">{t('common.cancel')}</Link>
        </div>
      </form>
    </>
  );
}
