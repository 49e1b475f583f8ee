import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { UpdateSessionInput, type Session } from '#shared/activities.ts';
import { CheckboxField } from '#web/components/checkbox-field.tsx';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { TextField } from '#web/components/field.tsx';
import { errorsFromProblem, errorsFromZod, noErrors } from '#web/components/form-errors.ts';
import { TextAreaField } from '#web/components/textarea-field.tsx';
import { useUpdateSession } from './api.ts';
import { stockholmInstant, stockholmParts } from './session-time.ts';

/**
 * One session: move it or cancel it (before it ends), and record guests and a note (any time). Only what
 * changed is sent, with the version the form was filled from.
 */
export function SessionEditForm({ session, onDone }: { session: Session; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateSession(session.activityId);
  const form = `session-${session.id}`;
  const [past] = useState(() => Date.parse(session.endsAt) < Date.now());
  const start = stockholmParts(session.startsAt);
  const end = stockholmParts(session.endsAt);
  const [date, setDate] = useState(start.date);
  const [startTime, setStartTime] = useState(start.time);
  const [endTime, setEndTime] = useState(end.time);
  const [cancelled, setCancelled] = useState(session.cancelledAt !== null);
  const [reason, setReason] = useState(session.cancelReason ?? '');
  const [guests, setGuests] = useState(String(session.guests));
  const [note, setNote] = useState(session.note ?? '');
  const [errors, setErrors] = useState(noErrors);
  const codes = {
    session_past: t('activities.sessions.past'),
    version_conflict: t('activities.sessions.conflict'),
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input: Record<string, unknown> = { version: session.version };
    if (!past) {
      const moved = date !== start.date || startTime !== start.time || endTime !== end.time;
      if (moved) {
        input.startsAt = stockholmInstant(date, startTime);
        input.endsAt = stockholmInstant(date, endTime);
      }
      if (cancelled !== (session.cancelledAt !== null)) input.cancelled = cancelled;
      if (cancelled) input.cancelReason = reason.trim() || null;
    }
    input.guests = /^\d+$/.test(guests.trim()) ? Number(guests) : Number.NaN;
    input.note = note.trim() || null;
    const parsed = UpdateSessionInput.safeParse(input);
    if (!parsed.success) {
      const found = errorsFromZod(t, parsed.error);
      if (found.fields.endsAt) found.fields.endTime = t('activities.sessions.endError');
      return setErrors(found);
    }
    setErrors(noErrors);
    update.mutate(
      { id: session.id, ...parsed.data },
      {
        onSuccess: onDone,
        onError: (error) => {
          const found = errorsFromProblem(t, error, { codes });
          if (found.fields.endsAt) found.fields.endTime = t('activities.sessions.endError');
          setErrors(found);
        },
      },
    );
  };

  const labels = {
    date: t('activities.sessions.date'),
    startTime: t('activities.sessions.startTime'),
    endTime: t('activities.sessions.endTime'),
    cancelled: t('activities.sessions.cancel'),
    cancelReason: t('activities.sessions.cancelReason'),
    guests: t('activities.sessions.guests'),
    note: t('activities.sessions.note'),
  };

  return (
    <form className="form session-edit" onSubmit={submit} noValidate>
      <ErrorSummary form={form} errors={errors} labels={labels} />
      {past ? (
        <p className="field__hint">{t('activities.sessions.pastHint')}</p>
      ) : (
        <>
          <TextField
            form={form}
            name="date"
            type="date"
            label={labels.date}
            width="medium"
            value={date}
            onChange={(e) => setDate(e.target.value)}
            error={errors.fields.date}
          />
          <div className="session-edit__times">
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
              name="endTime"
              type="time"
              label={labels.endTime}
              width="short"
              value={endTime}
              onChange={(e) => setEndTime(e.target.value)}
              error={errors.fields.endTime}
            />
          </div>
          <CheckboxField
            form={form}
            name="cancelled"
            label={labels.cancelled}
            checked={cancelled}
            onChange={(e) => setCancelled(e.target.checked)}
          />
          {cancelled && (
            <TextField
              form={form}
              name="cancelReason"
              label={labels.cancelReason}
              optional
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              error={errors.fields.cancelReason}
            />
          )}
        </>
      )}
      <TextField
        form={form}
        name="guests"
        label={labels.guests}
        hint={t('activities.sessions.guestsHint')}
        width="short"
        inputMode="numeric"
        value={guests}
        onChange={(e) => setGuests(e.target.value)}
        error={errors.fields.guests}
      />
      <TextAreaField
        form={form}
        name="note"
        label={labels.note}
        optional
        rows={3}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={errors.fields.note}
      />
      <div className="button-row">
        <button className="button" type="submit" disabled={update.isPending}>
          {update.isPending ? t('form.sending') : t('activities.sessions.save')}
        </button>
        <button type="button" className="button-link" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
