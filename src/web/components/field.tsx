import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import './forms.css';

type ControlProps = { id: string; 'aria-invalid': true | undefined; 'aria-describedby': string | undefined };

type FieldProps = {
  form: string;
  name: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  optional?: boolean;
  children: (control: ControlProps) => ReactNode;
};

/** A label, an optional hint and error, and the control they describe, wired with ids for assistive technology. */
export function Field({ form, name, label, hint, error, optional, children }: FieldProps) {
  const { t } = useTranslation();
  const id = `${form}-${name}`;
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
        {optional && <span className="field__optional"> {t('common.optional')}</span>}
      </label>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      )}
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
    </div>
  );
}

type Common = Omit<FieldProps, 'children'> & { width?: 'short' | 'medium' };

export function TextField({
  form,
  name,
  label,
  hint,
  error,
  optional,
  width,
  ...input
}: Common & Omit<InputHTMLAttributes<HTMLInputElement>, 'form' | 'name' | 'id'>) {
  return (
    <Field {...{ form, name, label, hint, error, optional }}>
      {(control) => (
        <input
          className={width ? `input input--${width}` : 'input'}
          name={name}
          type="text"
          required={!optional}
          {...control}
          {...input}
        />
      )}
    </Field>
  );
}

export function SelectField({
  form,
  name,
  label,
  hint,
  error,
  optional,
  width,
  children,
  ...select
}: Common & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'form' | 'name' | 'id'>) {
  return (
    <Field {...{ form, name, label, hint, error, optional }}>
      {(control) => (
        <select className={width ? `select input--${width}` : 'select'} name={name} {...control} {...select}>
          {children}
        </select>
      )}
    </Field>
  );
}
