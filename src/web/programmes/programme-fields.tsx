import { useTranslation } from 'react-i18next';
import { TextField } from '#web/components/field.tsx';

export type ProgrammeValues = {
  name: string;
  funder: string;
  funderReference: string;
  startsOn: string;
  endsOn: string;
};

type Props = {
  form: string;
  values: ProgrammeValues;
  onChange: (values: ProgrammeValues) => void;
  errors: Record<string, string>;
};

/** Name, funder and period, shared by the create and edit forms. */
export function ProgrammeFields({ form, values, onChange, errors }: Props) {
  const { t } = useTranslation();
  const set = (key: keyof ProgrammeValues) => (e: { target: { value: string } }) =>
    onChange({ ...values, [key]: e.target.value });
  return (
    <>
      <TextField
        form={form}
        name="name"
        label={t('programmes.name')}
        value={values.name}
        onChange={set('name')}
        error={errors.name}
      />
      <TextField
        form={form}
        name="funder"
        label={t('programmes.funder')}
        hint={t('programmes.funderHint')}
        optional
        value={values.funder}
        onChange={set('funder')}
        error={errors.funder}
      />
      <TextField
        form={form}
        name="funderReference"
        label={t('programmes.funderReference')}
        optional
        width="medium"
        value={values.funderReference}
        onChange={set('funderReference')}
        error={errors.funderReference}
      />
      <TextField
        form={form}
        name="startsOn"
        type="date"
        label={t('programmes.startsOn')}
        width="medium"
        value={values.startsOn}
        onChange={set('startsOn')}
        error={errors.startsOn}
      />
      <TextField
        form={form}
        name="endsOn"
        type="date"
        label={t('programmes.endsOn')}
        optional
        width="medium"
        value={values.endsOn}
        onChange={set('endsOn')}
        error={errors.endsOn}
      />
    </>
  );
}

/** The form's values as the API wants them: empty optional fields are null. */
export const programmeInput = (v: ProgrammeValues) => ({
  name: v.name,
  funder: v.funder.trim() || null,
  funderReference: v.funderReference.trim() || null,
  startsOn: v.startsOn,
  endsOn: v.endsOn || null,
});
