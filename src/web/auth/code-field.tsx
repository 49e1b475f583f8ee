import { TextField } from '#web/components/field.tsx';

type Props = {
  form: string;
  label: string;
  hint: string;
  value: string;
  error?: string | undefined;
  onChange: (v: string) => void;
};

/** A six-digit one-time code: numeric keyboard on phones, and the browser may fill it in. */
export function CodeField({ form, label, hint, value, error, onChange }: Props) {
  return (
    <TextField
      form={form}
      name="code"
      label={label}
      hint={hint}
      error={error}
      width="short"
      className="input input--short input--code"
      inputMode="numeric"
      autoComplete="one-time-code"
      maxLength={7}
      spellCheck={false}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

/** What the person typed, without the spaces some apps show in the middle. */
export const normaliseCode = (value: string): string => value.replace(/\s+/g, '');
