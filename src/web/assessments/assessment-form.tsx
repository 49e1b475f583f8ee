import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordAssessmentInput, type AssessmentTemplate } from '#shared/assessments.ts';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { TextField } from '#web/components/field.tsx';
import { errorsFromProblem, errorsFromZod, noErrors } from '#web/components/form-errors.ts';
import { todayIso } from '#web/lib/format.ts';
import { useRecordAssessment } from './api.ts';
import { assessmentInput, emptyAssessment, emptyDomain } from './assessment-values.ts';
import { DomainFieldset } from './domain-fieldset.tsx';

const form = 'assessment';

type Props = {
  participantId: string;
  template: AssessmentTemplate;
  onDone: () => void;
  onCancel: () => void;
};

/** A new kartläggning: one fieldset per domain of the template. */
export function AssessmentForm({ participantId, template, onDone, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const record = useRecordAssessment(participantId);
  const [values, setValues] = useState(() => emptyAssessment(template, todayIso()));
  const [errors, setErrors] = useState(noErrors);
  const labels = { assessedOn: t('assessments.assessedOn') };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = assessmentInput(template, values);
    const parsed = RecordAssessmentInput.safeParse(input);
    if (!parsed.success) return setErrors(errorsFromZod(t, parsed.error));
    if (Object.keys(input.domains).length === 0)
      return setErrors({ summary: t('assessments.nothingAnswered'), fields: {} });
    setErrors(noErrors);
    record.mutate(parsed.data, {
      onSuccess: onDone,
      onError: (error) => setErrors(errorsFromProblem(t, error)),
    });
  };

  return (
    <section className="panel" aria-labelledby={`${form}-title`}>
      <h3 className="panel__title" id={`${form}-title`}>
        {t('assessments.newTitle', {
          template: i18n.language === 'en' ? template.titleEn : template.titleSv,
        })}
      </h3>
      <p>{t('assessments.formLead')}</p>
      <ErrorSummary form={form} errors={errors} labels={labels} />
      <form onSubmit={submit} noValidate>
        <TextField
          form={form}
          name="assessedOn"
          type="date"
          width="medium"
          label={labels.assessedOn}
          value={values.assessedOn}
          onChange={(e) => setValues({ ...values, assessedOn: e.target.value })}
          error={errors.fields.assessedOn}
        />
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
          <button className="button" type="submit" disabled={record.isPending}>
            {record.isPending ? t('form.sending') : t('assessments.save')}
          </button>
          <button type="button" className="button-link" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
