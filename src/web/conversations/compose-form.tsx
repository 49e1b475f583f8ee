import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NewConversationMessage } from '#shared/conversations.ts';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { errorsFromProblem, errorsFromZod, noErrors } from '#web/components/form-errors.ts';
import { TextAreaField } from '#web/components/textarea-field.tsx';
import { useSendMessage } from './api.ts';

const form = 'conversation';

/** Writes to her as the signed-in staff member; she is told by SMS or e-mail that the team wrote. */
export function ComposeForm({
  participantId,
  onSending,
  onSent,
}: {
  participantId: string;
  onSending: () => void;
  onSent: () => void;
}) {
  const { t } = useTranslation();
  const send = useSendMessage(participantId);
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState(noErrors);
  const labels = { body: t('conversations.body') };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSending();
    const parsed = NewConversationMessage.safeParse({ body });
    if (!parsed.success) return setErrors(errorsFromZod(t, parsed.error));
    setErrors(noErrors);
    send.mutate(parsed.data, {
      onSuccess: () => {
        setBody('');
        onSent();
      },
      onError: (error) => setErrors(errorsFromProblem(t, error)),
    });
  };

  return (
    <section className="panel" aria-labelledby={`${form}-title`}>
      <h3 className="panel__title" id={`${form}-title`}>
        {t('conversations.writeTitle')}
      </h3>
      <ErrorSummary form={form} errors={errors} labels={labels} />
      <form className="form" onSubmit={submit} noValidate>
        <TextAreaField
          form={form}
          name="body"
          label={labels.body}
          hint={t('conversations.bodyHint')}
          rows={4}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          error={errors.fields.body}
        />
        <div className="button-row">
          <button className="button" type="submit" disabled={send.isPending}>
            {send.isPending ? t('form.sending') : t('conversations.send')}
          </button>
        </div>
      </form>
    </section>
  );
}
