import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { TextField } from '#web/components/field.tsx';

type Props = {
  form: string;
  password: string;
  confirm: string;
  onPassword: (value: string) => void;
  onConfirm: (value: string) => void;
  errors: Record<string, string>;
  label?: string;
};

/** A new password typed twice; `autocomplete="new-password"` lets password managers suggest a strong one. */
export function NewPasswordFields({ form, password, confirm, onPassword, onConfirm, errors, label }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        form={form}
        name="password"
        type="password"
        label={label ?? t('password.label')}
        hint={t('password.hint')}
        autoComplete="new-password"
        width="medium"
        value={password}
        onChange={(e) => onPassword(e.target.value)}
        error={errors.password}
      />
      <TextField
        form={form}
        name="confirm"
        type="password"
        label={t('password.confirm')}
        autoComplete="new-password"
        width="medium"
        value={confirm}
        onChange={(e) => onConfirm(e.target.value)}
        error={errors.confirm}
      />
    </>
  );
}

/** The confirmation's own error, added to whatever the schema found. */
export function withConfirmation(
  t: TFunction,
  fields: Record<string, string>,
  password: string,
  confirm: string,
) {
  if (!fields.confirm && !fields.password && password !== confirm) {
    return { ...fields, confirm: confirm ? t('errors.passwordMismatch') : t('errors.required') };
  }
  return fields;
}
