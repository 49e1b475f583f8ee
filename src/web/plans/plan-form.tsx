import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Fields } from '#web/components/changed-fields.ts';
import { ConflictNotice, type ConflictNoticeProps } from '#web/components/conflict-notice.tsx';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import type { FormErrors } from '#web/components/form-errors.ts';
import { Heading } from './heading.tsx';

type Props<V extends Fields> = {
  form: string;
  level: 3 | 4;
  heading: string;
  errors: FormErrors;
  labels: Record<string, string>;
  /** The values in words and the form's `notice` from useVersionedForm; the message is the plan's own. */
  conflict: Omit<ConflictNoticeProps<V>, 'form' | 'labels' | 'message'>;
  pending: boolean;
  submitLabel: string;
  onSubmit: (event: FormEvent) => void;
  onCancel?: (() => void) | undefined;
  children: ReactNode;
};

/** The panel a mål or steg is added or changed in: heading, error summary, conflict notice, fields, buttons. */
export function PlanForm<V extends Fields>(props: Props<V>) {
  const { form, level, heading, errors, labels, conflict, pending, submitLabel, onSubmit, onCancel } = props;
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby={`${form}-heading`}>
      <Heading level={level} id={`${form}-heading`} className="panel__title">
        {heading}
      </Heading>
      <ErrorSummary form={form} errors={errors} labels={labels} />
      <ConflictNotice form={form} labels={labels} message={t('plan.conflict')} {...conflict} />
      <form className="form" onSubmit={onSubmit} noValidate>
        {props.children}
        <div className="button-row">
          <button className="button" type="submit" disabled={pending}>
            {pending ? t('form.sending') : submitLabel}
          </button>
          {onCancel && (
            <button type="button" className="button-link" onClick={onCancel}>
              {t('plan.cancel')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
