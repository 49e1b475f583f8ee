import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordFollowUpInput, followUpSituations, type FollowUp } from '#shared/milestones.ts';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { TextField } from '#web/components/field.tsx';
import { errorsFromProblem, errorsFromZod, noErrors } from '#web/components/form-errors.ts';
import { RadioGroup } from '#web/components/radio-group.tsx';
import { TextAreaField } from '#web/components/textarea-field.tsx';
import { todayIso } from '#web/lib/format.ts';
import { useRecordFollowUp } from './api.ts';

type Props = { participantId: string; followUp: FollowUp; onDone: () => void; onCancel: () => void };

/** Her situation at the follow-up: employed (with hours), in studies, job seeking, on social assistance, other. */
export function FollowUpForm({ participantId, followUp, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const form = `follow-up-${followUp.id}`;
  const record = useRecordFollowUp(participantId, followUp.id);
  const [values, setValues] = useState({ situation: '', hoursPerWeek: '', doneOn: todayIso(), note: '' });
  const [errors, setErrors] = useState(noErrors);
  const set = (patch: Partial<typeof values>) => setValues({ ...values, ...patch });
  const labels = {
    situation: t('followUps.fields.situation'),
    hoursPerWeek: t('followUps.fields.hoursPerWeek'),
    doneOn: t('followUps.fields.doneOn'),
    note: t('followUps.fields.note'),
  };
  const overrides = { fields: { situation: t('followUps.chooseSituation') } };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const hours = values.hoursPerWeek.trim().replace(',', '.');
    const parsed = RecordFollowUpInput.safeParse({
      situation: values.situation,
      hoursPerWeek: values.situation === 'employed' && hours ? Number(hours) : null,
      doneOn: values.doneOn,
      note: values.note.trim() || null,
      version: followUp.version,
    });
    if (!parsed.success) return setErrors(errorsFromZod(t, parsed.error, overrides));
    setErrors(noErrors);
    record.mutate(parsed.data, {
      onSuccess: onDone,
      onError: (error) => setErrors(errorsFromProblem(t, error, overrides)),
    });
  };

  return (
    <section className="panel" aria-labelledby={`${form}-title`}>
      <h4 className="panel__title" id={`${form}-title`}>
        {t('followUps.recordTitle', { months: followUp.months })}
      </h4>
      <ErrorSummary form={form} errors={errors} labels={labels} />
      <form className="form" onSubmit={submit} noValidate>
        <RadioGroup
          form={form}
          name="situation"
          legend={labels.situation}
          value={values.situation}
          onChange={(v) => set({ situation: v })}
          error={errors.fields.situation}
          options={followUpSituations.map((s) => ({ value: s, label: t(`followUps.situations.${s}`) }))}
        />
        {values.situation === 'employed' && (
          <TextField
            form={form}
            name="hoursPerWeek"
            width="short"
            inputMode="decimal"
            optional
            label={labels.hoursPerWeek}
            value={values.hoursPerWeek}
            onChange={(e) => set({ hoursPerWeek: e.target.value })}
            error={errors.fields.hoursPerWeek}
          />
        )}
        <TextField
          form={form}
          name="doneOn"
          type="date"
          width="medium"
          label={labels.doneOn}
          value={values.doneOn}
          onChange={(e) => set({ doneOn: e.target.value })}
          error={errors.fields.doneOn}
        />
        <TextAreaField
          form={form}
          name="note"
          label={labels.note}
          optional
          rows={2}
          value={values.note}
          onChange={(e) => set({ note: e.target.value })}
          error={errors.fields.note}
        />
        <div className="milestones__actions">
          <button className="button" type="submit" disabled={record.isPending}>
            {record.isPending ? t('form.sending') : t('followUps.record')}
          </button>
          <button className="button button--secondary" type="button" onClick={onCancel}>
            {t('milestones.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
