import type { InputHTMLAttributes } from 'react';
import './forms.css';

type Props = { form: string; name: string; label: string; hint?: string } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'form' | 'name' | 'id' | 'type'
>;

export function CheckboxField({ form, name, label, hint, ...input }: Props) {
  const id = `${form}-${name}`;
  return (
    <div className="checkbox">
      <input
        className="checkbox__input"
        type="checkbox"
        id={id}
        name={name}
        aria-describedby={hint ? `${id}-hint` : undefined}
        {...input}
      />
      <label className="checkbox__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="checkbox__hint field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}
