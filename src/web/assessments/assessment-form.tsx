import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  RecordAssessmentInput,
  UpdateAssessmentInput,
  type Assessment,
  type AssessmentTemplate,
} from '#shared/assessments.ts';
import { ConflictNotice } from '#web/components/conflict-notice.tsx';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { TextField } from '#web/components/field.tsx';
import { errorsFromProblem, errorsFromZod, noErrors } from '#web/components/form-errors.ts';
import { useConflict } from '#web/components/use-conflict.ts';
import { formatDate, todayIso } from '#web/lib/format.ts';
import { useRecordAssessment, useUpdateAssessment } from './api.ts';
import {
  assessmentInput,
  emptyAssessment,
  emptyDomain,
  flatValues,
  labelOf,
  valuesOfAssessment,
  withField,
  type AssessmentValues,
} from './assessment-values.ts';
import { DomainFieldset } from './domain-fieldset.tsx';

type Props = {
  participantId: string;
  template: AssessmentTemplate;
  /** The saved assessment to change; without it the form records a new one. */
  assessment?: Assessment | undefined;
  /** Fetches the assessment as it is now, after someone else changed it. */
  latest: (id: string) => Promise<Assessment | undefined>;
  onDone: () => void;
  onCancel: () => void;
};

/** A kartläggning, new or saved: one fieldset per domain of the template. A saved one keeps its date. */
export function AssessmentForm({ participantId, template, assessment, latest, onDone, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const form = assessment ? 'assessment-edit' : 'assessment';
  const record = useRecordAssessment(participantId);
  const update = useUpdateAssessment(participantId);
  const valuesOf = (a: Assessment | undefined): AssessmentValues =>
    a ? valuesOfAssessment(template, a) : emptyAssessment(template, todayIso());
  const [values, setValues] = useState(() => valuesOf(assessment));
  const [errors, setErrors] = useState(noErrors);
  const versioned = useConflict({
    record: assessment,
    fieldsOf: (a) => flatValues(valuesOf(a)),
    latest: () => (assessment ? latest(assessment.id) : Promise.resolve(undefined)),
  });
  const { base, conflict } = versioned;
  const pending = record.isPending || update.isPending;
  const dateLabel = t('assessments.assessedOn');
  const labels: Record<string, string> = { assessedOn: dateLabel };
  for (const domain of template.domains) {
    const name = labelOf(domain, lang);
    const part = (field: string) => t('assessments.fieldLabel', { domain: name, field });
    labels[`${domain.key}.rating`] = part(t('assessments.rating', { domain: name }));
    labels[`${domain.key}.selfRating`] = part(t('assessments.selfRating', { domain: name }));
    labels[`${domain.key}.notes`] = t('assessments.notes', { domain: name });
    for (const q of domain.questions) labels[`${domain.key}.answers.${q.key}`] = part(labelOf(q, lang));
  }

  /** A choice answer by its option's label; the rest as typed. */
  const show = (field: string, flat: Record<string, string>) => {
    const [key, part, question] = field.split('.');
    const q = template.domains.find((d) => d.key === key)?.questions.find((x) => x.key === question);
    const option = part === 'answers' ? q?.options?.find((o) => o.key === flat[field]) : undefined;
    return option ? labelOf(option, lang) : (flat[field] ?? '') || t('conflict.empty');
  };

  const saving = () => {
    setErrors(noErrors);
    versioned.clear();
  };

  const failed = (error: unknown) => {
    if (versioned.caught(error, flatValues(values))) setErrors(noErrors);
    else setErrors(errorsFromProblem(t, error));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = assessmentInput(template, values);
    const answered = Object.keys(input.domains).length > 0;
    const nothing = { summary: t('assessments.nothingAnswered'), fields: {} };
    if (base) {
      const parsed = UpdateAssessmentInput.safeParse({ domains: input.domains, version: base.version });
      if (!parsed.success) return setErrors(errorsFromZod(t, parsed.error));
      if (!answered) return setErrors(nothing);
      saving();
      update.mutate({ id: base.id, ...parsed.data }, { onSuccess: onDone, onError: failed });
    } else {
      const parsed = RecordAssessmentInput.safeParse(input);
      if (!parsed.success) return setErrors(errorsFromZod(t, parsed.error));
      if (!answered) return setErrors(nothing);
      saving();
      record.mutate(parsed.data, { onSuccess: onDone, onError: failed });
    }
  };

  return (
    <section className="panel" aria-labelledby={`${form}-title`}>
      <h3 className="panel__title" id={`${form}-title`}>
        {assessment
          ? t('assessments.editTitle', { date: formatDate(assessment.assessedOn, lang) })
          : t('assessments.newTitle', { template: lang === 'en' ? template.titleEn : template.titleSv })}
      </h3>
      <p>{t('assessments.formLead')}</p>
      <ErrorSummary form={form} errors={errors} labels={labels} />
      <ConflictNotice
        form={form}
        message={t('assessments.conflict')}
        conflict={conflict}
        labels={labels}
        show={show}
        onLoad={() => {
          const theirs = versioned.load();
          if (theirs) setValues(valuesOf(theirs));
        }}
        onUse={(field) => {
          if (conflict?.phase !== 'loaded') return;
          setValues(withField(values, field, conflict.yours[field] ?? ''));
          versioned.used(field);
        }}
      />
      <form onSubmit={submit} noValidate>
        {!assessment && (
          <TextField
            form={form}
            name="assessedOn"
            type="date"
            width="medium"
            label={dateLabel}
            value={values.assessedOn}
            onChange={(e) => setValues({ ...values, assessedOn: e.target.value })}
            error={errors.fields.assessedOn}
          />
        )}
        {template.domains.map((domain) => (
          <DomainFieldset
            key={domain.key}
            form={form}
            domain={domain}
            values={values.domains[domain.key] ?? emptyDomain()}
            onChange={(v) => setValues({ ...values, domains: { ...values.domains, [domain.key]: v } })}
          />
        ))}
        <div className="button-row">
          <button className="button" type="submit" disabled={pending}>
            {pending ? t('form.sending') : t('assessments.save')}
          </button>
          <button type="button" className="button-link" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
