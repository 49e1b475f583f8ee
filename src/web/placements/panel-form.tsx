import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Fields } from '#web/components/changed-fields.ts';
import { ConflictNotice, type ConflictNoticeProps } from '#web/components/conflict-notice.tsx';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import type { FormErrors } from '#web/components/form-errors.ts';

type Props<V extends Fields> = {
  form: string;
  /** h3 for a form of the section, h4 for one inside a placement. */
  level: 3 | 4;
  heading: string;
  lead?: string;
  errors: FormErrors;
  labels: Record<string, string>;
  /** For forms that change a placement at the version they read; the message is the placements' own. */
  conflict?: Omit<ConflictNoticeProps<V>, 'form' | 'labels' | 'message'>;
  pending: boolean;
  submitLabel: string;
  onSubmit: (event: FormEvent) => void;
  onCancel: () => void;
  children: ReactNode;
};

/**
 * A panel that opens in place: its heading takes focus when it opens (so screen-reader users hear where they
 * are), then the error summary, the conflict notice, the fields, and the buttons.
 */
export function PanelForm<V extends Fields>(props: Props<V>) {
  const { form, level, heading, lead, errors, labels, conflict, pending, submitLabel, onSubmit, onCancel } =
    props;
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <section className="panel" aria-labelledby={`${form}-heading`}>
      <Heading className="panel__title" id={`${form}-heading`} ref={headingRef} tabIndex={-1}>
        {heading}
      </Heading>
      {lead && <p>{lead}</p>}
      <ErrorSummary form={form} errors={errors} labels={labels} />
      {conflict && (
        <ConflictNotice form={form} labels={labels} message={t('placements.conflict')} {...conflict} />
      )}
      <form className="form" onSubmit={onSubmit} noValidate>
        {props.children}
        <div className="button-row">
          <button className="button" type="submit" disabled={pending}>
            {pending ? t('form.sending') : submitLabel}
          </button>
          <button type="button" className="button-link" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
