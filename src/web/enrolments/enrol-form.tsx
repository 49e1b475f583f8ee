import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EnrolInput } from '#shared/enrolments.ts';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { SelectField, TextField } from '#web/components/field.tsx';
import { errorsFromProblem, errorsFromZod, noErrors } from '#web/components/form-errors.ts';
import { Notice } from '#web/components/notice.tsx';
import { isApiError } from '#web/lib/api.ts';
import { todayIso } from '#web/lib/format.ts';
import { useProgrammes } from '#web/programmes/api.ts';
import { useEnrol } from './api.ts';

const form = 'enrol';

/** Enrols her in a running programme (inskrivning). */
export function EnrolForm({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const programmes = useProgrammes();
  const enrol = useEnrol(participantId);
  const [programmeId, setProgrammeId] = useState('');
  const [startedOn, setStartedOn] = useState(todayIso());
  const [errors, setErrors] = useState(noErrors);
  const [done, setDone] = useState<string | null>(null);
  const labels = { programmeId: t('enrolments.programme'), startedOn: t('enrolments.startedOn') };
  const open = (programmes.data ?? []).filter((p) => !p.archivedAt);
  const overrides = { fields: { programmeId: t('enrolments.chooseProgramme') } };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const parsed = EnrolInput.safeParse({ programmeId, startedOn });
    if (!parsed.success) return setErrors(errorsFromZod(t, parsed.error, overrides));
    setErrors(noErrors);
    enrol.mutate(parsed.data, {
      onSuccess: (enrolment) => {
        setDone(enrolment.programmeName);
        setProgrammeId('');
      },
      onError: (error) => {
        const outside = isApiError(error, 'validation') && !error.problem.errors?.length;
        setErrors(
          outside
            ? { summary: null, fields: { startedOn: t('enrolments.outsidePeriod') } }
            : errorsFromProblem(t, error, { codes: { conflict: t('enrolments.alreadyEnrolled') } }),
        );
      },
    });
  };

  return (
    <section className="panel" aria-labelledby={`${form}-title`}>
      <h3 className="panel__title" id={`${form}-title`}>
        {t('enrolments.enrolTitle')}
      </h3>
      {done && <Notice kind="success">{t('enrolments.enrolled', { programme: done })}</Notice>}
      <ErrorSummary form={form} errors={errors} labels={labels} />
      {programmes.data && open.length === 0 ? (
        <p>{t('enrolments.noProgrammes')}</p>
      ) : (
        <form className="form" onSubmit={submit} noValidate>
          <SelectField
            form={form}
            name="programmeId"
            label={t('enrolments.programme')}
            value={programmeId}
            onChange={(e) => setProgrammeId(e.target.value)}
            error={errors.fields.programmeId}
          >
            <option value="">{t('enrolments.chooseProgramme')}</option>
            {open.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </SelectField>
          <TextField
            form={form}
            name="startedOn"
            type="date"
            width="medium"
            label={t('enrolments.startedOn')}
            value={startedOn}
            onChange={(e) => setStartedOn(e.target.value)}
            error={errors.fields.startedOn}
          />
          <button className="button" type="submit" disabled={enrol.isPending}>
            {enrol.isPending ? t('form.sending') : t('enrolments.enrol')}
          </button>
        </form>
      )}
    </section>
  );
}
