import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AddSessionsInput } from '#shared/activities.ts';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { TextField } from '#web/components/field.tsx';
import { errorsFromProblem, errorsFromZod, noErrors } from '#web/components/form-errors.ts';
import { Notice } from '#web/components/notice.tsx';
import { RadioGroup } from '#web/components/radio-group.tsx';
import { todayIso } from '#web/lib/format.ts';
import { useAddSessions } from './api.ts';
import { noRepeat, repeatProblems, repeats, rruleOf, weekdays, type RepeatChoice } from './rrule-choice.ts';

const form = 'session-add';

/** "Lägg till tillfällen": one session, or a weekly series chosen in plain words. */
export function SessionAddForm({ activityId, onDone }: { activityId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const add = useAddSessions(activityId);
  const [date, setDate] = useState(todayIso());
  const [startTime, setStartTime] = useState('09:00');
  const [duration, setDuration] = useState('120');
  const [choice, setChoice] = useState<RepeatChoice>(noRepeat);
  const [errors, setErrors] = useState(noErrors);
  const [added, setAdded] = useState<number | null>(null);
  const messages = { fields: { rrule: t('activities.sessions.rruleError') } };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAdded(null);
    const repeat = repeatProblems(choice, date);
    const input = {
      date,
      startTime,
      durationMinutes: /^\d+$/.test(duration.trim()) ? Number(duration) : Number.NaN,
      rrule: rruleOf(choice),
    };
    const parsed = AddSessionsInput.safeParse(input);
    const fields = parsed.success ? {} : errorsFromZod(t, parsed.error, messages).fields;
    if (fields.durationMinutes) fields.durationMinutes = t('activities.sessions.durationError');
    for (const [name, problem] of Object.entries(repeat))
      fields[name] = t(`activities.sessions.${problem}Error`);
    if (!parsed.success || Object.keys(fields).length) return setErrors({ summary: null, fields });
    setErrors(noErrors);
    add.mutate(parsed.data, {
      onSuccess: (sessions) => setAdded(sessions.length),
      onError: (error) => setErrors(errorsFromProblem(t, error, messages)),
    });
  };

  const labels = {
    date: t('activities.sessions.date'),
    startTime: t('activities.sessions.startTime'),
    durationMinutes: t('activities.sessions.duration'),
    until: t('activities.sessions.until'),
    count: t('activities.sessions.count'),
    rrule: t('activities.sessions.repeat'),
  };

  return (
    <section className="activity-section" aria-labelledby={`${form}-heading`}>
      <h3 id={`${form}-heading`}>{t('activities.sessions.addTitle')}</h3>
      <ErrorSummary form={form} errors={errors} labels={labels} />
      {added !== null && <Notice kind="success">{t('activities.sessions.added', { count: added })}</Notice>}
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          form={form}
          name="date"
          type="date"
          label={choice.repeat === 'none' ? labels.date : t('activities.sessions.firstDate')}
          width="medium"
          value={date}
          onChange={(e) => setDate(e.target.value)}
          error={errors.fields.date}
        />
        <TextField
          form={form}
          name="startTime"
          type="time"
          label={labels.startTime}
          width="short"
          value={startTime}
          onChange={(e) => setStartTime(e.target.value)}
          error={errors.fields.startTime}
        />
        <TextField
          form={form}
          name="durationMinutes"
          label={labels.durationMinutes}
          hint={t('activities.sessions.durationHint')}
          width="short"
          inputMode="numeric"
          value={duration}
          onChange={(e) => setDuration(e.target.value)}
          error={errors.fields.durationMinutes}
        />
        <RadioGroup
          form={form}
          name="rrule"
          legend={labels.rrule}
          options={repeats.map((r) => ({ value: r, label: t(`activities.sessions.repeats.${r}`) }))}
          value={choice.repeat}
          onChange={(v) => setChoice({ ...choice, repeat: v as RepeatChoice['repeat'] })}
          error={errors.fields.rrule}
        />
        {choice.repeat !== 'none' && (
          <>
            <fieldset className="fieldset" aria-describedby={`${form}-weekdays-hint`}>
              <legend className="field__label">{t('activities.sessions.weekdays')}</legend>
              <p className="field__hint" id={`${form}-weekdays-hint`}>
                {t('activities.sessions.weekdaysHint')}
              </p>
              <div className="session-weekdays">
                {weekdays.map((d) => (
                  <div className="checkbox" key={d}>
                    <input
                      className="checkbox__input"
                      type="checkbox"
                      id={`${form}-day-${d}`}
                      checked={choice.weekdays.includes(d)}
                      onChange={(e) =>
                        setChoice({
                          ...choice,
                          weekdays: e.target.checked
                            ? [...choice.weekdays, d]
                            : choice.weekdays.filter((x) => x !== d),
                        })
                      }
                    />
                    <label className="checkbox__label" htmlFor={`${form}-day-${d}`}>
                      {t(`activities.sessions.days.${d}`)}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
            <RadioGroup
              form={form}
              name="end"
              legend={t('activities.sessions.end')}
              options={[
                { value: 'until', label: t('activities.sessions.endUntil') },
                { value: 'count', label: t('activities.sessions.endCount') },
              ]}
              value={choice.end}
              onChange={(v) => setChoice({ ...choice, end: v as RepeatChoice['end'] })}
            />
            {choice.end === 'until' ? (
              <TextField
                form={form}
                name="until"
                type="date"
                label={labels.until}
                width="medium"
                value={choice.until}
                onChange={(e) => setChoice({ ...choice, until: e.target.value })}
                error={errors.fields.until}
              />
            ) : (
              <TextField
                form={form}
                name="count"
                label={labels.count}
                width="short"
                inputMode="numeric"
                value={choice.count}
                onChange={(e) => setChoice({ ...choice, count: e.target.value })}
                error={errors.fields.count}
              />
            )}
          </>
        )}
        <div className="button-row">
          <button className="button" type="submit" disabled={add.isPending}>
            {add.isPending ? t('form.sending') : t('activities.sessions.add')}
          </button>
          <button type="button" className="button-link" onClick={onDone}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
