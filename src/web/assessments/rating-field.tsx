import { useTranslation } from 'react-i18next';
import { RadioGroup } from '#web/components/radio-group.tsx';

const scale = Array.from({ length: 10 }, (_, i) => String(i + 1));

type Props = { form: string; name: string; legend: string; value: string; onChange: (v: string) => void };

/** A 1–10 rating as radio buttons, the ends named: 1 Inte redo … 10 Självständig. */
export function RatingField({ form, name, legend, value, onChange }: Props) {
  const { t } = useTranslation();
  const label = (n: string) =>
    n === '1' ? t('assessments.scaleLow') : n === '10' ? t('assessments.scaleHigh') : n;
  return (
    <RadioGroup
      form={form}
      name={name}
      legend={legend}
      value={value}
      onChange={onChange}
      inline
      small
      options={scale.map((n) => ({ value: n, label: label(n) }))}
    />
  );
}
