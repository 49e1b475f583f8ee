import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PlacementNoteInput, type Placement } from '#shared/placements.ts';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { errorsFromProblem, errorsFromZod, noErrors } from '#web/components/form-errors.ts';
import { Notice } from '#web/components/notice.tsx';
import { TextAreaField } from '#web/components/textarea-field.tsx';
import { formatDateTime } from '#web/lib/format.ts';
import { useAddPlacementNote } from './api.ts';

type Props = { participantId: string; placement: Placement; canWrite: boolean };

/** Follow-up notes, newest first; a note is added, never changed (append-only like the journal). */
export function PlacementNotes({ participantId, placement, canWrite }: Props) {
  const { t, i18n } = useTranslation();
  const form = `placement-${placement.id}-note`;
  const add = useAddPlacementNote(participantId, placement.id);
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState(noErrors);
  const [saved, setSaved] = useState(false);
  const labels = { body: t('placements.note') };
  const notes = [...placement.notes].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const parsed = PlacementNoteInput.safeParse({ body });
    if (!parsed.success) return setErrors(errorsFromZod(t, parsed.error));
    setErrors(noErrors);
    add.mutate(parsed.data, {
      onSuccess: () => {
        setBody('');
        setSaved(true);
      },
      onError: (error) => setErrors(errorsFromProblem(t, error)),
    });
  };

  return (
    <section aria-labelledby={`${form}s-title`}>
      <h4 id={`${form}s-title`}>{t('placements.notesTitle')}</h4>
      {canWrite && (
        <div className="panel">
          <h5 className="panel__title" id={`${form}-title`}>
            {t('placements.noteTitle')}
          </h5>
          {saved && <Notice kind="success">{t('placements.noteSaved')}</Notice>}
          <ErrorSummary form={form} errors={errors} labels={labels} />
          <form className="form" onSubmit={submit} noValidate aria-labelledby={`${form}-title`}>
            <TextAreaField
              form={form}
              name="body"
              label={labels.body}
              hint={t('placements.noteHint')}
              rows={3}
              value={body}
              onChange={(e) => {
                setBody(e.target.value);
                setSaved(false);
              }}
              error={errors.fields.body}
            />
            <button className="button" type="submit" disabled={add.isPending}>
              {add.isPending ? t('form.sending') : t('placements.addNote')}
            </button>
          </form>
        </div>
      )}
      {notes.length === 0 ? (
        <p>{t('placements.noNotes')}</p>
      ) : (
        <ol className="placement__notes" reversed>
          {notes.map((n) => (
            <li key={n.id}>
              <p className="placement__note-meta muted">
                {t('placements.noteMeta', {
                  when: formatDateTime(n.createdAt, i18n.language),
                  name: n.authorName ?? t('placements.unknownAuthor'),
                })}
              </p>
              <p className="placement__text">{n.body}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
