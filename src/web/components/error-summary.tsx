import { useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { hasErrors, type FormErrors } from './form-errors.ts';
import './error-summary.css';

type Props = {
  /** The form's id prefix: field `name` has the id `${form}-${name}`. */
  form: string;
  errors: FormErrors;
  /** Field labels, so each summary line says which field it is about. */
  labels?: Record<string, string>;
};

/**
 * The error summary at the top of a form (the GOV.UK pattern): announced as an alert, focused when it appears,
 * and linking to each field in error.
 */
export function ErrorSummary({ form, errors, labels = {} }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const visible = hasErrors(errors);

  useEffect(() => {
    if (visible) ref.current?.focus();
  }, [errors, visible]);

  if (!visible) return null;

  // Links move focus without touching the URL fragment, which may hold a one-time token.
  const focusField = (event: MouseEvent<HTMLAnchorElement>, name: string) => {
    event.preventDefault();
    const field = document.getElementById(`${form}-${name}`);
    field?.scrollIntoView({ block: 'center' });
    field?.focus();
  };

  return (
    <div
      className="error-summary"
      role="alert"
      tabIndex={-1}
      ref={ref}
      aria-labelledby={`${form}-error-title`}
    >
      <h2 className="error-summary__title" id={`${form}-error-title`}>
        {t('form.errorSummaryTitle')}
      </h2>
      {errors.summary && <p className="error-summary__message">{errors.summary}</p>}
      {Object.keys(errors.fields).length > 0 && (
        <ul className="error-summary__list">
          {Object.entries(errors.fields).map(([name, message]) => (
            <li key={name}>
              <a href={`#${form}-${name}`} onClick={(event) => focusField(event, name)}>
                {labels[name] ? `${labels[name]}: ${message}` : message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
