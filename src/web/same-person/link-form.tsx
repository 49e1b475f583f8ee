import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LinkInput, type OtherRecord } from '#shared/same-person.ts';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { errorsFromProblem, errorsFromZod, noErrors } from '#web/components/form-errors.ts';
import { TextAreaField } from '#web/components/textarea-field.tsx';
import { useLink } from './api.ts';
import { fullName } from './names.ts';

const form = 'same-person-link';

type Props = { participantId: string; other: OtherRecord; onDone: () => void; onCancel: () => void };

/** Links another record as probably the same person, with an optional note on why. */
export function LinkForm({ participantId, other, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const link = useLink(participantId);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState(noErrors);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const name = fullName(other);
  const labels = { note: t('samePerson.linkForm.note') };
  const overrides = { codes: { conflict: t('samePerson.linkForm.already') } };

  useEffect(() => titleRef.current?.focus(), [other.id]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = LinkInput.safeParse({ otherId: other.id, ...(note.trim() ? { note } : {}) });
    if (!parsed.success) return setErrors(errorsFromZod(t, parsed.error, overrides));
    setErrors(noErrors);
    link.mutate(parsed.data, {
      onSuccess: onDone,
      onError: (error) => setErrors(errorsFromProblem(t, error, overrides)),
    });
  };

  return (
    <section className="panel" aria-labelledby={`${form}-title`}>
      <h3 className="panel__title" id={`${form}-title`} tabIndex={-1} ref={titleRef}>
        {t('samePerson.linkForm.title', { name })}
      </h3>
      <p>{t('samePerson.linkForm.body')}</p>
      <ErrorSummary form={form} errors={errors} labels={labels} />
      <form className="form" onSubmit={submit} noValidate>
        <TextAreaField
          form={form}
          name="note"
          label={labels.note}
          hint={t('samePerson.linkForm.noteHint')}
          optional
          rows={3}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          error={errors.fields.note}
        />
        <div className="button-row">
          <button className="button" type="submit" disabled={link.isPending}>
            {link.isPending ? t('form.sending') : t('samePerson.linkForm.submit')}
          </button>
          <button type="button" className="button-link" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
