import type { TextareaHTMLAttributes } from 'react';
import { Field } from './field.tsx';

type Props = {
  form: string;
  name: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  optional?: boolean;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'form' | 'name' | 'id'>;

/** A multi-line text field with the same label, hint and error wiring as TextField. */
export function TextAreaField({ form, name, label, hint, error, optional, rows = 5, ...textarea }: Props) {
  return (
    <Field {...{ form, name, label, hint, error }} optional={optional ?? false}>
      {(control) => (
        <textarea
          className="input textarea"
          name={name}
          rows={rows}
          required={!optional}
          {...control}
          {...textarea}
        />
      )}
    </Field>
  );
}
