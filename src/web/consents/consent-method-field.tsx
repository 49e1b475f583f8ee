import { useTranslation } from 'react-i18next';
import { consentMethods } from '#shared/consents.ts';
import { RadioGroup } from '#web/components/radio-group.tsx';

type Props = { form: string; legend: string; value: string; onChange: (v: string) => void; error?: string };

/** How she gave or withdrew her consent: in writing, orally (with an interpreter) or digitally. */
export function ConsentMethodField({ form, legend, value, onChange, error }: Props) {
  const { t } = useTranslation();
  return (
    <RadioGroup
      form={form}
      name="method"
      legend={legend}
      value={value}
      onChange={onChange}
      error={error}
      options={consentMethods.map((m) => ({ value: m, label: t(`consents.methods.${m}`) }))}
    />
  );
}
