import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { GiveConsentInput } from '#shared/consents.ts';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { TextField } from '#web/components/field.tsx';
import { errorsFromProblem, errorsFromZod, noErrors } from '#web/components/form-errors.ts';
import { todayIso } from '#web/lib/format.ts';
import { useGiveConsent } from './api.ts';
import { ConsentMethodField } from './consent-method-field.tsx';

const form = 'consent-give';

type Props = {
  participantId: string;
  purpose: string;
  label: string;
  onDone: () => void;
  onCancel: () => void;
};

/** Records that she gave her samtycke to one purpose. */
export function GiveConsentForm({ participantId, purpose, label, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const give = useGiveConsent(participantId);
  const [givenOn, setGivenOn] = useState(todayIso());
  const [method, setMethod] = useState('');
  const [errors, setErrors] = useState(noErrors);
  const labels = { givenOn: t('consents.givenOn'), method: t('consents.givenMethod') };
  const overrides = {
    fields: { method: t('consents.chooseMethod') },
    codes: { conflict: t('consents.alreadyGiven') },
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = GiveConsentInput.safeParse({ purpose, givenOn, method });
    if (!parsed.success) return setErrors(errorsFromZod(t, parsed.error, overrides));
    setErrors(noErrors);
    give.mutate(parsed.data, {
      onSuccess: onDone,
      onError: (error) => setErrors(errorsFromProblem(t, error, overrides)),
    });
  };

  return (
    <section className="panel" aria-labelledby={`${form}-title`}>
      <h3 className="panel__title" id={`${form}-title`}>
        {t('consents.giveTitle', { purpose: label })}
      </h3>
      <ErrorSummary form={form} errors={errors} labels={labels} />
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          form={form}
          name="givenOn"
          type="date"
          width="medium"
          label={labels.givenOn}
          value={givenOn}
          onChange={(e) => setGivenOn(e.target.value)}
          error={errors.fields.givenOn}
        />
        <ConsentMethodField
          form={form}
          legend={labels.method}
          value={method}
          onChange={setMethod}
          {...(errors.fields.method ? { error: errors.fields.method } : {})}
        />
        <div className="button-row">
          <button className="button" type="submit" disabled={give.isPending}>
            {give.isPending ? t('form.sending') : t('consents.give')}
          </button>
          <button type="button" className="button-link" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
