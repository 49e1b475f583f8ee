import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { WriteJournalInput, type JournalEntry, type visibilities } from '#shared/journal.ts';
import { useActiveRole } from '#web/auth/session-context.ts';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { errorsFromProblem, errorsFromZod, noErrors } from '#web/components/form-errors.ts';
import { RadioGroup } from '#web/components/radio-group.tsx';
import { TextAreaField } from '#web/components/textarea-field.tsx';
import { formatDateTime } from '#web/lib/format.ts';
import { useWriteJournal } from './api.ts';

const form = 'journal';

type Visibility = (typeof visibilities)[number];

type Props = {
  participantId: string;
  /** The entry this one corrects, if it is a rättelse. */
  corrects: JournalEntry | null;
  onDone: (entry: JournalEntry) => void;
  onCancel: () => void;
};

/** Writes a journalanteckning, or a correction of one; entries are never edited or deleted. */
export function JournalForm({ participantId, corrects, onDone, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const role = useActiveRole();
  const write = useWriteJournal(participantId);
  const [visibility, setVisibility] = useState<Visibility>(corrects?.visibility ?? 'team');
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState(noErrors);
  // Only case workers may write entries for case workers alone (the server refuses others).
  const offered: Visibility[] =
    role === 'case_worker' ? ['team', 'case_workers', 'restricted'] : ['team', 'restricted'];
  const labels = { visibility: t('journal.visibility'), body: t('journal.body') };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = WriteJournalInput.safeParse({ visibility, body, correctsId: corrects?.id ?? null });
    if (!parsed.success) return setErrors(errorsFromZod(t, parsed.error));
    setErrors(noErrors);
    write.mutate(parsed.data, {
      onSuccess: (entry) => {
        setBody('');
        onDone(entry);
      },
      onError: (error) => setErrors(errorsFromProblem(t, error)),
    });
  };

  return (
    <section className="panel" aria-labelledby={`${form}-title`}>
      <h3 className="panel__title" id={`${form}-title`}>
        {corrects
          ? t('journal.correctTitle', { when: formatDateTime(corrects.writtenAt, i18n.language) })
          : t('journal.writeTitle')}
      </h3>
      {corrects && <blockquote className="journal-quote">{corrects.body}</blockquote>}
      <ErrorSummary form={form} errors={errors} labels={labels} />
      <form className="form" onSubmit={submit} noValidate>
        <TextAreaField
          form={form}
          name="body"
          label={labels.body}
          hint={corrects ? t('journal.correctHint') : t('journal.bodyHint')}
          rows={6}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          error={errors.fields.body}
        />
        <RadioGroup
          form={form}
          name="visibility"
          legend={labels.visibility}
          value={visibility}
          onChange={(v) => setVisibility(v as Visibility)}
          error={errors.fields.visibility}
          options={offered.map((v) => ({
            value: v,
            label: t(`journal.visibilities.${v}`),
            hint: t(`journal.visibilityHints.${v}`),
          }))}
        />
        <div className="button-row">
          <button className="button" type="submit" disabled={write.isPending}>
            {write.isPending ? t('form.sending') : corrects ? t('journal.saveCorrection') : t('journal.save')}
          </button>
          {corrects && (
            <button type="button" className="button-link" onClick={onCancel}>
              {t('common.cancel')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
