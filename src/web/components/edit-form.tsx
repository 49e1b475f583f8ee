import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Fields } from './changed-fields.ts';
import { ConflictNotice, type ConflictNoticeProps } from './conflict-notice.tsx';
import { ErrorSummary } from './error-summary.tsx';
import type { FormErrors } from './form-errors.ts';

type Props<V extends Fields> = {
  form: string;
  errors: FormErrors;
  labels: Record<string, string>;
  /** The conflict notice's message, values in words, and the form's `notice` from useVersionedForm. */
  conflict: Omit<ConflictNoticeProps<V>, 'form' | 'labels'>;
  pending: boolean;
  onSubmit: (event: FormEvent) => void;
  /** Where Avbryt leads (the list the page belongs to). */
  cancelTo: string;
  /** Shown above the form, below the error summary and the conflict notice. */
  intro?: ReactNode;
  children: ReactNode;
};

/** The page form that changes one record: error summary, conflict notice, the fields, Spara and Avbryt. */
export function EditForm<V extends Fields>(props: Props<V>) {
  const { form, errors, labels, conflict, pending, onSubmit, cancelTo, intro, children } = props;
  const { t } = useTranslation();
  return (
    <>
      <ErrorSummary form={form} errors={errors} labels={labels} />
      <ConflictNotice form={form} labels={labels} {...conflict} />
      {intro}
      <form className="form" onSubmit={onSubmit} noValidate>
        {children}
        <div className="button-row">
          <button className="button" type="submit" disabled={pending}>
            {pending ? t('form.sending') : t('common.save')}
          </button>
          <Link to={cancelTo}>{t('common.cancel')}</Link>
        </div>
      </form>
    </>
  );
}
