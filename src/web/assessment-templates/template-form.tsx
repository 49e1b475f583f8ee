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
  buttonAfterMove,
  duplicateKeyIssues,
  fieldName,
  flatIssues,
  flatProblem,
  inFormOrder,
  minOptions,
  moveItem,
  newDomain,
  newKeyFields,
  replaceItem,
  templateInput,
  titleOf,
  tooFewOptionsIssues,
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

  // After a move, a removal or an addition (of a domain, question or option), focus goes where the person
  // can carry on, and the status line says what happened.
  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  const nameOf = (d: DomainValues) => labelOf(d, i18n.language).trim() || t('templates.unnamed');
  const setDomains = (next: DomainValues[]) => setValues({ ...values, domains: next });

  const after = (focusId: string, message: string) => {
    focusNext.current = focusId;
    setAnnouncement(message);
  };

  const move = (index: number, by: -1 | 1) => {
    const domain = domains[index]!;
    setDomains(moveItem(domains, index, by));
    after(
      `${form}-${domain.id}-${buttonAfterMove(index, by, domains.length)}`,
      t('templates.moved', { name: nameOf(domain), n: index + by + 1, count: domains.length }),
    );
  };

  const remove = (index: number) => {
    const domain = domains[index]!;
    setDomains(domains.filter((_, i) => i !== index));
    after(`${form}-domains-title`, t('templates.removed', { name: nameOf(domain) }));
  };

  const add = () => {
    const domain = newDomain();
    setDomains([...domains, domain]);
    after(`${form}-${domain.id}-key`, '');
  };

  // Field names of the summary's links: "Area 3: Name in Swedish", "Area 3, question 2, option 1, Key".
  const labels: Record<string, string> = {
    titleSv: t('templates.titleSv'),
    titleEn: t('templates.titleEn'),
    domains: t('templates.domains'),
  };
  const key = t('templates.domainKey');
  domains.forEach((d, i) => {
    const n = i + 1;
    const inDomain = (field: string) => t('templates.domainField', { n, field });
    labels[`${d.id}-key`] = inDomain(key);
    labels[`${d.id}-labelSv`] = inDomain(t('templates.labelSv'));
    labels[`${d.id}-labelEn`] = inDomain(t('templates.labelEn'));
    labels[`${d.id}-questions`] = inDomain(t('templates.questions'));
    d.questions.forEach((question, j) => {
      const inQuestion = (field: string) => t('templates.questionField', { n, q: j + 1, field });
      labels[`${question.id}-key`] = inQuestion(key);
      labels[`${question.id}-labelSv`] = inQuestion(t('templates.questionSv'));
      labels[`${question.id}-labelEn`] = inQuestion(t('templates.questionEn'));
      labels[`${question.id}-type`] = inQuestion(t('templates.type'));
      labels[`${question.id}-options`] = inQuestion(t('templates.options'));
      question.options.forEach((option, k) => {
        const inOption = (field: string) => t('templates.optionField', { n, q: j + 1, o: k + 1, field });
        labels[`${option.id}-key`] = inOption(key);
        labels[`${option.id}-labelSv`] = inOption(t('templates.optionSv'));
        labels[`${option.id}-labelEn`] = inOption(t('templates.optionEn'));
      });
    });
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const duplicates = duplicateKeyIssues(values);
    const tooFew = tooFewOptionsIssues(values);
    const named = (issues: readonly { path: PropertyKey[] }[]) =>
      new Set(issues.map((issue) => fieldName(values, issue.path)));
    const taken = named(duplicates);
    // A typed key is refused for one of two reasons; a choice with too few options for one.
    const overrides = {
      fields: Object.fromEntries([
        ...newKeyFields(values).map(({ name, kind }) => [
          name,
          taken.has(name) ? t(`templates.keyTaken.${kind}`) : t('templates.keyInvalid'),
        ]),
        ...[...named(tooFew)].map((name) => [name, t('templates.optionsTooFew', { min: minOptions })]),
      ]),
    };
    const parsed = PublishTemplateInput.safeParse(templateInput(values));
    const clientIssues = [...duplicates, ...tooFew];
    if (!parsed.success || clientIssues.length) {
      const issues = inFormOrder([...(parsed.error?.issues ?? []), ...clientIssues]);
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
              onChange={(next) => setDomains(replaceItem(domains, next))}
              onMove={(by) => move(i, by)}
              onRemove={() => remove(i)}
              after={after}
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
