import { useTranslation } from 'react-i18next';
import { TextField } from '#web/components/field.tsx';

export type UnitValues = { name: string; municipalityCode: string };

type Props = {
  form: string;
  values: UnitValues;
  onChange: (values: UnitValues) => void;
  errors: Record<string, string>;
};

/** Name and municipality code, shared by the create and edit forms. */
export function UnitFields({ form, values, onChange, errors }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        form={form}
        name="name"
        label={t('units.name')}
        value={values.name}
        onChange={(e) => onChange({ ...values, name: e.target.value })}
        error={errors.name}
      />
      <TextField
        form={form}
        name="municipalityCode"
        label={t('units.municipalityCode')}
        hint={t('units.municipalityCodeHint')}
        optional
        width="short"
        inputMode="numeric"
        maxLength={4}
        value={values.municipalityCode}
        onChange={(e) => onChange({ ...values, municipalityCode: e.target.value })}
        error={errors.municipalityCode}
      />
    </>
  );
}

/** The form's values as the API wants them: an empty code is no code. */
export const unitInput = (values: UnitValues) => ({
  name: values.name,
  municipalityCode: values.municipalityCode.trim() || null,
});
