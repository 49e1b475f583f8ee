import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { WithdrawConsentInput, type Consent } from '#shared/consents.ts';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { TextField } from '#web/components/field.tsx';
import { errorsFromProblem, errorsFromZod, noErrors } from '#web/components/form-errors.ts';
import { formatDate, todayIso } from '#web/lib/format.ts';
import { useWithdrawConsent } from './api.ts';
import { ConsentMethodField } from './consent-method-field.tsx';

const form = 'consent-withdraw';

type Props = { consent: Consent; label: string; onDone: () => void; onCancel: () => void };

/** Records a withdrawal, after a second step that says it takes effect at once. */
export function WithdrawConsentForm({ consent, label, onDone, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const withdraw = useWithdrawConsent(consent.participantId);
  const [withdrawnOn, setWithdrawnOn] = useState(todayIso());
  const [method, setMethod] = useState('');
  const [errors, setErrors] = useState(noErrors);
  const [confirming, setConfirming] = useState<WithdrawConsentInput | null>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  const labels = { withdrawnOn: t('consents.withdrawnOn'), method: t('consents.withdrawnMethod') };
  const overrides = {
    fields: { method: t('consents.chooseMethod') },
    codes: { conflict: t('consents.alreadyWithdrawn') },
  };

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const check = (event: FormEvent) => {
    event.preventDefault();
    const parsed = WithdrawConsentInput.safeParse({ withdrawnOn, method });
    if (!parsed.success) return setErrors(errorsFromZod(t, parsed.error, overrides));
    setErrors(noErrors);
    setConfirming(parsed.data);
  };

  const confirm = () => {
    if (!confirming) return;
    withdraw.mutate(
      { id: consent.id, ...confirming },
      {
        onSuccess: onDone,
        onError: (error) => {
          setConfirming(null);
          setErrors(errorsFromProblem(t, error, overrides));
        },
      },
    );
  };

  return (
    <section className="panel" aria-labelledby={`${form}-title`}>
      <h3 className="panel__title" id={`${form}-title`}>
        {t('consents.withdrawTitle', { purpose: label })}
      </h3>
      <ErrorSummary form={form} errors={errors} labels={labels} />
      {confirming ? (
        <div className="confirm" tabIndex={-1} ref={confirmRef} aria-labelledby={`${form}-confirm`}>
          <p id={`${form}-confirm`}>
            <strong>
              {t('consents.confirmWithdraw', {
                purpose: label,
                date: formatDate(confirming.withdrawnOn, i18n.language),
              })}
            </strong>
          </p>
          <div className="button-row">
            <button className="button" type="button" onClick={confirm} disabled={withdraw.isPending}>
              {withdraw.isPending ? t('form.sending') : t('consents.confirmWithdrawYes')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(null)}>
              {t('consents.confirmWithdrawNo')}
            </button>
          </div>
        </div>
      ) : (
        <form className="form" onSubmit={check} noValidate>
          <TextField
            form={form}
            name="withdrawnOn"
            type="date"
            width="medium"
            label={labels.withdrawnOn}
            value={withdrawnOn}
            onChange={(e) => setWithdrawnOn(e.target.value)}
            error={errors.fields.withdrawnOn}
          />
          <ConsentMethodField
            form={form}
            legend={labels.method}
            value={method}
            onChange={setMethod}
            {...(errors.fields.method ? { error: errors.fields.method } : {})}
          />
          <div className="button-row">
            <button className="button" type="submit">
              {t('consents.withdraw')}
            </button>
            <button type="button" className="button-link" onClick={onCancel}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
