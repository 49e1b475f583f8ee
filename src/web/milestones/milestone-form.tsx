import type { UseMutationResult } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MilestoneInput,
  employmentTypes,
  milestoneSources,
  nationalTestResults,
  sfiCourses,
  sfiGrades,
  studyForms,
  type MilestoneKind,
} from '#shared/milestones.ts';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { SelectField, TextField } from '#web/components/field.tsx';
import { errorsFromProblem, errorsFromZod, noErrors } from '#web/components/form-errors.ts';
import { TextAreaField } from '#web/components/textarea-field.tsx';
import {
  detailFieldsOf,
  milestoneInput,
  type DetailField,
  type MilestoneValues,
} from './milestone-values.ts';

type Props = {
  /** The id prefix of the form's fields. */
  form: string;
  title: string;
  submitLabel: string;
  kinds: readonly MilestoneKind[];
  initial: MilestoneValues;
  /** The school records as itself: no source to choose. */
  chooseSource?: boolean;
  /** The organisation's labels for "other"; none means free text. */
  otherLabels?: readonly string[];
  mutation: UseMutationResult<unknown, Error, unknown>;
  onDone: () => void;
  onCancel?: () => void;
};

const choices: Partial<Record<DetailField, readonly string[]>> = {
  sfiPath: ['1', '2', '3'],
  sfiCourse: sfiCourses,
  sfiGrade: sfiGrades,
  nationalTest: nationalTestResults,
  studyForm: studyForms,
  employmentType: employmentTypes,
};
/** An option of a detail in words (courses and the organisation's own labels are as they are). */
function optionLabel(t: TFunction, field: DetailField, o: string): string {
  switch (field) {
    case 'sfiPath':
      return t('milestones.detail.path', { path: o });
    case 'sfiGrade':
      return t(`milestones.grades.${o as (typeof sfiGrades)[number]}`);
    case 'nationalTest':
      return t(`milestones.nationalTests.${o as (typeof nationalTestResults)[number]}`);
    case 'studyForm':
      return t(`milestones.studyForms.${o as (typeof studyForms)[number]}`);
    case 'employmentType':
      return t(`milestones.employmentTypes.${o as (typeof employmentTypes)[number]}`);
    default:
      return o;
  }
}

/** Records a milestone (or a correction of one): the details asked for follow the kind chosen. */
export function MilestoneForm(props: Props) {
  const { form, kinds, otherLabels = [], mutation } = props;
  const { t } = useTranslation();
  const [values, setValues] = useState(props.initial);
  const [errors, setErrors] = useState(noErrors);
  const set = (patch: Partial<MilestoneValues>) => setValues({ ...values, ...patch });
  const labels: Record<string, string> = {
    kind: t('milestones.fields.kind'),
    happenedOn: t('milestones.fields.happenedOn'),
    source: t('milestones.fields.source'),
    note: t('milestones.fields.note'),
    ...Object.fromEntries(detailFieldsOf(values.kind).map((f) => [f, t(`milestones.fields.${f}`)])),
  };
  const overrides = { fields: { kind: t('milestones.chooseKind') } };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = MilestoneInput.safeParse(milestoneInput(values));
    if (!parsed.success) return setErrors(errorsFromZod(t, parsed.error, overrides));
    setErrors(noErrors);
    mutation.mutate(parsed.data, {
      onSuccess: props.onDone,
      onError: (error) => setErrors(errorsFromProblem(t, error, overrides)),
    });
  };

  const detail = (field: DetailField) => {
    const options = field === 'otherLabel' && otherLabels.length ? otherLabels : choices[field];
    const common = {
      form,
      name: field,
      label: labels[field]!,
      value: values[field],
      error: errors.fields[field],
      optional: field === 'nationalTest' || field === 'hoursPerWeek' || values.kind === 'sfi_started',
    };
    if (!options)
      return (
        <TextField
          key={field}
          {...common}
          width={field === 'hoursPerWeek' ? 'short' : undefined}
          inputMode={field === 'hoursPerWeek' ? 'decimal' : undefined}
          onChange={(e) => set({ [field]: e.target.value })}
        />
      );
    return (
      <SelectField key={field} {...common} onChange={(e) => set({ [field]: e.target.value })}>
        <option value="">{t('milestones.choose')}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {optionLabel(t, field, o)}
          </option>
        ))}
      </SelectField>
    );
  };

  return (
    <section className="panel" aria-labelledby={`${form}-title`}>
      <h3 className="panel__title" id={`${form}-title`}>
        {props.title}
      </h3>
      <ErrorSummary form={form} errors={errors} labels={labels} />
      <form className="form" onSubmit={submit} noValidate>
        <SelectField
          form={form}
          name="kind"
          label={labels.kind!}
          value={values.kind}
          onChange={(e) => set({ kind: e.target.value })}
          error={errors.fields.kind}
        >
          <option value="">{t('milestones.chooseKind')}</option>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {t(`milestones.kinds.${k}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          form={form}
          name="happenedOn"
          type="date"
          width="medium"
          label={labels.happenedOn!}
          value={values.happenedOn}
          onChange={(e) => set({ happenedOn: e.target.value })}
          error={errors.fields.happenedOn}
        />
        {props.chooseSource !== false && (
          <SelectField
            form={form}
            name="source"
            label={labels.source!}
            value={values.source}
            onChange={(e) => set({ source: e.target.value })}
            error={errors.fields.source}
          >
            {milestoneSources.map((s) => (
              <option key={s} value={s}>
                {t(`milestones.sources.${s}`)}
              </option>
            ))}
          </SelectField>
        )}
        {detailFieldsOf(values.kind).map(detail)}
        <TextAreaField
          form={form}
          name="note"
          label={labels.note!}
          optional
          rows={2}
          value={values.note}
          onChange={(e) => set({ note: e.target.value })}
          error={errors.fields.note}
        />
        <div className="milestones__actions">
          <button className="button" type="submit" disabled={mutation.isPending}>
            {mutation.isPending ? t('form.sending') : props.submitLabel}
          </button>
          {props.onCancel && (
            <button className="button button--secondary" type="button" onClick={props.onCancel}>
              {t('milestones.cancel')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
