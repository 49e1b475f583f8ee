import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordContactInput, contactKinds, languageSupports } from '#shared/journal.ts';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { SelectField, TextField } from '#web/components/field.tsx';
import { LanguageSelectField } from '#web/participants/language-select-field.tsx';
import { errorsFromProblem, errorsFromZod, noErrors } from '#web/components/form-errors.ts';
import { RadioGroup } from '#web/components/radio-group.tsx';
import { TextAreaField } from '#web/components/textarea-field.tsx';
import { todayIso } from '#web/lib/format.ts';
import { useRecordContact } from './api.ts';
import { contactInput, type ContactValues } from './contact-values.ts';

const form = 'contact';

const empty = (): ContactValues => ({
  kind: '',
  date: todayIso(),
  time: '',
  languageSupport: 'none',
  language: '',
  note: '',
});

/** Records a contact with her: how, when, and whether an interpreter or language supporter took part. */
export function ContactForm({ participantId, onDone }: { participantId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const record = useRecordContact(participantId);
  const [values, setValues] = useState(empty);
  const [errors, setErrors] = useState(noErrors);
  const set = (patch: Partial<ContactValues>) => setValues({ ...values, ...patch });
  const labels = {
    kind: t('contacts.kind'),
    date: t('contacts.date'),
    time: t('contacts.time'),
    happenedAt: t('contacts.time'),
    languageSupport: t('contacts.languageSupport'),
    language: t('contacts.language'),
    note: t('contacts.note'),
  };
  const overrides = {
    fields: {
      kind: t('contacts.chooseKind'),
      happenedAt: t('contacts.timeRequired'),
      language: t('contacts.languageRequired'),
    },
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = RecordContactInput.safeParse(contactInput(values));
    if (!parsed.success) {
      const found = errorsFromZod(t, parsed.error, overrides);
      // The timestamp is made from the date and time fields: point at the one that is missing.
      const { happenedAt, ...fields } = found.fields;
      if (happenedAt) fields[values.date ? 'time' : 'date'] = happenedAt;
      return setErrors({ ...found, fields });
    }
    setErrors(noErrors);
    record.mutate(parsed.data, {
      onSuccess: () => {
        setValues(empty());
        onDone();
      },
      onError: (error) => setErrors(errorsFromProblem(t, error, overrides)),
    });
  };

  return (
    <section className="panel" aria-labelledby={`${form}-title`}>
      <h3 className="panel__title" id={`${form}-title`}>
        {t('contacts.recordTitle')}
      </h3>
      <ErrorSummary form={form} errors={errors} labels={labels} />
      <form className="form" onSubmit={submit} noValidate>
        <SelectField
          form={form}
          name="kind"
          label={labels.kind}
          value={values.kind}
          onChange={(e) => set({ kind: e.target.value })}
          error={errors.fields.kind}
        >
          <option value="">{t('contacts.chooseKind')}</option>
          {contactKinds.map((k) => (
            <option key={k} value={k}>
              {t(`contacts.kinds.${k}`)}
            </option>
          ))}
        </SelectField>
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
        <TextField
          form={form}
          name="time"
          type="time"
          width="short"
          label={labels.time}
          hint={t('contacts.timeHint')}
          value={values.time}
          onChange={(e) => set({ time: e.target.value })}
          error={errors.fields.time}
        />
        <RadioGroup
          form={form}
          name="languageSupport"
          legend={labels.languageSupport}
          value={values.languageSupport}
          onChange={(v) => set({ languageSupport: v })}
          error={errors.fields.languageSupport}
          options={languageSupports.map((s) => ({ value: s, label: t(`contacts.supports.${s}`) }))}
        />
        {values.languageSupport !== 'none' && (
          <LanguageSelectField
            form={form}
            name="language"
            label={labels.language}
            value={values.language}
            onChange={(e) => set({ language: e.target.value })}
            error={errors.fields.language}
            placeholder={t('contacts.chooseLanguage')}
          />
        )}
        <TextAreaField
          form={form}
          name="note"
          label={labels.note}
          hint={t('contacts.noteHint')}
          optional
          rows={3}
          value={values.note}
          onChange={(e) => set({ note: e.target.value })}
          error={errors.fields.note}
        />
        <button className="button" type="submit" disabled={record.isPending}>
          {record.isPending ? t('form.sending') : t('contacts.record')}
        </button>
      </form>
    </section>
  );
}
