import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OneTimeLink, User } from '#shared/users.ts';
import { CheckboxField } from '#web/components/checkbox-field.tsx';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { errorsFromProblem, noErrors } from '#web/components/form-errors.ts';
import { useResetLink } from './api.ts';
import { OneTimeLinkBox } from './one-time-link-box.tsx';

const form = 'reset-link';

/** A new sign-in link for someone who forgot the password or lost the phone. */
export function ResetLinkForm({ user }: { user: User }) {
  const { t } = useTranslation();
  const reset = useResetLink(user.id);
  const [resetTwoFactor, setResetTwoFactor] = useState(false);
  const [errors, setErrors] = useState(noErrors);
  const [link, setLink] = useState<OneTimeLink | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setErrors(noErrors);
    reset.mutate(resetTwoFactor, {
      onSuccess: setLink,
      onError: (error) => setErrors(errorsFromProblem(t, error)),
    });
  };

  if (link) {
    return (
      <OneTimeLinkBox
        title={t('users.resetTitle')}
        label={t('users.resetLink')}
        name={user.name}
        link={link}
      />
    );
  }

  return (
    <section className="panel" aria-labelledby={`${form}-title`}>
      <h2 className="panel__title" id={`${form}-title`}>
        {t('users.resetTitle')}
      </h2>
      <p>{t('users.resetLead')}</p>
      <ErrorSummary form={form} errors={errors} />
      <form onSubmit={submit} noValidate>
        <CheckboxField
          form={form}
          name="resetTwoFactor"
          label={t('users.resetTwoFactor')}
          checked={resetTwoFactor}
          onChange={(e) => setResetTwoFactor(e.target.checked)}
        />
        <button className="button button--secondary" type="submit" disabled={reset.isPending}>
          {reset.isPending ? t('form.sending') : t('users.resetSubmit')}
        </button>
      </form>
    </section>
  );
}
