import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateMeetingInput, UpdateMeetingInput, type Meeting } from '#shared/meetings.ts';
import { useCurrentSession } from '#web/auth/session-context.ts';
import { CheckboxField } from '#web/components/checkbox-field.tsx';
import { ConflictNotice } from '#web/components/conflict-notice.tsx';
import { dateInWords } from '#web/components/conflict-values.ts';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { TextField } from '#web/components/field.tsx';
import { LanguageSelectField } from '#web/participants/language-select-field.tsx';
import { errorsFromProblem, errorsFromZod } from '#web/components/form-errors.ts';
import { TextAreaField } from '#web/components/textarea-field.tsx';
import { useVersionedForm } from '#web/components/use-versioned-form.ts';
import { isApiError } from '#web/lib/api.ts';
import { localName } from '#web/participants/languages.ts';
import { useBookMeeting, useUpdateMeeting } from './api.ts';
import {
  meetingInput,
  meetingValues,
  onFormFields,
  timeAfter,
  type MeetingValues,
} from './meeting-values.ts';
import { StaffPicker, useStaffChoices } from './staff-picker.tsx';

type Props = {
  participantId: string;
  /** The meeting to change; without it the form books a new one. */
  meeting?: Meeting | undefined;
  onDone: (meeting: Meeting) => void;
  onCancel: () => void;
  /** Fetches the meeting as it is now, after someone else changed it. */
  latest: (meetingId: string) => Promise<Meeting | undefined>;
};

const currentOf = (error: unknown): Meeting | null =>
  isApiError(error, 'version_conflict') ? ((error.problem as { current?: Meeting }).current ?? null) : null;

/** Books a meeting with her, or changes a planned one: when, with whom, interpreter, where and what for. */
export function MeetingForm({ participantId, meeting, onDone, onCancel, latest }: Props) {
  const { t, i18n } = useTranslation();
  const me = useCurrentSession().user.id;
  const form = meeting ? `meeting-${meeting.id}` : 'meeting-new';
  const book = useBookMeeting(participantId);
  const update = useUpdateMeeting(participantId);
  const staff = useStaffChoices(participantId, meeting);
  const { values, setValues, errors, setErrors, base, failed, saving, notice } = useVersionedForm({
    record: meeting,
    valuesOf: (m: Meeting | undefined) => meetingValues(m, [me]),
    latest: () => (meeting ? latest(meeting.id) : Promise.resolve(undefined)),
  });
  const set = (change: Partial<MeetingValues>) => setValues({ ...values, ...change });
  const labels = {
    date: t('meetings.date'),
    startTime: t('meetings.startTime'),
    endTime: t('meetings.endTime'),
    title: t('meetings.purpose'),
    staffIds: t('meetings.staff'),
    interpreterNeeded: t('meetings.interpreterNeeded'),
    interpreterLanguage: t('meetings.interpreterLanguage'),
    place: t('meetings.place'),
    onlineUrl: t('meetings.onlineUrl'),
    agenda: t('meetings.agenda'),
  };
  const overrides = {
    fields: {
      title: t('meetings.purposeRequired'),
      staffIds: t('meetings.staffRequired'),
      interpreterLanguage: t('meetings.languageRequired'),
      onlineUrl: t('meetings.onlineUrlInvalid'),
    },
    codes: { conflict: t('meetings.notPlanned') },
  };
  const show = (field: keyof MeetingValues, v: MeetingValues): string | null | undefined => {
    if (field === 'date') return dateInWords(v.date, i18n.language) ?? t('conflict.empty');
    if (field === 'staffIds') return staff.namesOf(v.staffIds) || t('conflict.empty');
    if (field === 'interpreterLanguage')
      return v.interpreterLanguage ? localName(v.interpreterLanguage, i18n.language) : t('conflict.empty');
    return undefined;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = meetingInput(values);
    const onError = (error: unknown) =>
      failed(error, (e) => onFormFields(t, errorsFromProblem(t, e, overrides), values), currentOf(error));
    if (base) {
      const parsed = UpdateMeetingInput.safeParse({ ...input, version: base.version });
      if (!parsed.success)
        return setErrors(onFormFields(t, errorsFromZod(t, parsed.error, overrides), values));
      saving();
      update.mutate({ id: base.id, ...parsed.data }, { onSuccess: onDone, onError });
    } else {
      const parsed = CreateMeetingInput.safeParse(input);
      if (!parsed.success)
        return setErrors(onFormFields(t, errorsFromZod(t, parsed.error, overrides), values));
      saving();
      book.mutate(parsed.data, { onSuccess: onDone, onError });
    }
  };

  const pending = book.isPending || update.isPending;
  // Booking is a part of the section; a change is made inside a meeting of a list under its own heading.
  const Heading = meeting ? 'h4' : 'h3';
  return (
    <section className="panel" aria-labelledby={`${form}-heading`}>
      <Heading className="panel__title" id={`${form}-heading`}>
        {meeting ? t('meetings.changeTitle', { title: meeting.title }) : t('meetings.bookTitle')}
      </Heading>
      <ErrorSummary form={form} errors={errors} labels={labels} />
      <ConflictNotice form={form} labels={labels} message={t('meetings.conflict')} show={show} {...notice} />
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          form={form}
          name="title"
          label={labels.title}
          hint={t('meetings.purposeHint')}
          value={values.title}
          onChange={(e) => set({ title: e.target.value })}
          error={errors.fields.title}
        />
        <TextField
          form={form}
          name="date"
          type="date"
          width="medium"
          label={labels.date}
          value={values.date}
          onChange={(e) => set({ date: e.target.value })}
          error={errors.fields.date}
        />
        <div className="meeting-form__times">
          <TextField
            form={form}
            name="startTime"
            type="time"
            width="short"
            label={labels.startTime}
            value={values.startTime}
            onChange={(e) =>
              set({
                startTime: e.target.value,
                // A new meeting lasts an hour unless the end is chosen.
                endTime: values.endTime || timeAfter(e.target.value, 60),
              })
            }
            error={errors.fields.startTime}
          />
          <TextField
            form={form}
            name="endTime"
            type="time"
            width="short"
            label={labels.endTime}
            value={values.endTime}
            onChange={(e) => set({ endTime: e.target.value })}
            error={errors.fields.endTime}
          />
        </div>
        <StaffPicker
          form={form}
          choices={staff}
          selected={values.staffIds}
          onChange={(staffIds) => set({ staffIds })}
          legend={labels.staffIds}
          error={errors.fields.staffIds}
        />
        <CheckboxField
          form={form}
          name="interpreterNeeded"
          label={labels.interpreterNeeded}
          checked={values.interpreterNeeded}
          onChange={(e) => set({ interpreterNeeded: e.target.checked })}
        />
        {values.interpreterNeeded && (
          <LanguageSelectField
            form={form}
            name="interpreterLanguage"
            label={labels.interpreterLanguage}
            value={values.interpreterLanguage}
            onChange={(e) => set({ interpreterLanguage: e.target.value })}
            error={errors.fields.interpreterLanguage}
            placeholder={t('meetings.chooseLanguage')}
          />
        )}
        <TextField
          form={form}
          name="place"
          label={labels.place}
          optional
          value={values.place}
          onChange={(e) => set({ place: e.target.value })}
          error={errors.fields.place}
        />
        <TextField
          form={form}
          name="onlineUrl"
          type="url"
          label={labels.onlineUrl}
          hint={t('meetings.onlineUrlHint')}
          optional
          value={values.onlineUrl}
          onChange={(e) => set({ onlineUrl: e.target.value })}
          error={errors.fields.onlineUrl}
        />
        <TextAreaField
          form={form}
          name="agenda"
          label={labels.agenda}
          hint={t('meetings.agendaHint')}
          optional
          rows={3}
          value={values.agenda}
          onChange={(e) => set({ agenda: e.target.value })}
          error={errors.fields.agenda}
        />
        <div className="button-row">
          <button className="button" type="submit" disabled={pending}>
            {pending ? t('form.sending') : meeting ? t('meetings.save') : t('meetings.book')}
          </button>
          <button type="button" className="button-link" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
