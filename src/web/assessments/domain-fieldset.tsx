import { useTranslation } from 'react-i18next';
import type { Domain } from '#shared/assessments.ts';
import { RadioGroup } from '#web/components/radio-group.tsx';
import { TextAreaField } from '#web/components/textarea-field.tsx';
import { labelOf, type DomainValues } from './assessment-values.ts';
import { RatingField } from './rating-field.tsx';

type Props = { form: string; domain: Domain; values: DomainValues; onChange: (v: DomainValues) => void };

/** One domain: the staff's rating, her own beside it, notes, and the domain's questions. */
export function DomainFieldset({ form, domain, values, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const name = labelOf(domain, lang);
  const prefix = `${domain.key}`;
  const setAnswer = (key: string, value: string) =>
    onChange({ ...values, answers: { ...values.answers, [key]: value } });
  return (
    <fieldset className="fieldset domain-fieldset">
      <legend className="fieldset__legend">{name}</legend>
      <div className="domain-fieldset__ratings">
        <RatingField
          form={form}
          name={`${prefix}-rating`}
          legend={t('assessments.rating', { domain: name })}
          value={values.rating}
          onChange={(rating) => onChange({ ...values, rating })}
        />
        <RatingField
          form={form}
          name={`${prefix}-selfRating`}
          legend={t('assessments.selfRating', { domain: name })}
          value={values.selfRating}
          onChange={(selfRating) => onChange({ ...values, selfRating })}
        />
      </div>
      {domain.questions.map((q) => {
        const qName = `${prefix}-q-${q.key}`;
        const value = values.answers[q.key] ?? '';
        if (q.type === 'scale')
          return (
            <RatingField
              key={q.key}
              form={form}
              name={qName}
              legend={labelOf(q, lang)}
              value={value}
              onChange={(v) => setAnswer(q.key, v)}
            />
          );
        if (q.type === 'choice')
          return (
            <RadioGroup
              key={q.key}
              form={form}
              name={qName}
              legend={labelOf(q, lang)}
              small
              value={value}
              onChange={(v) => setAnswer(q.key, v)}
              options={(q.options ?? []).map((o) => ({ value: o.key, label: labelOf(o, lang) }))}
            />
          );
        return (
          <TextAreaField
            key={q.key}
            form={form}
            name={qName}
            label={labelOf(q, lang)}
            optional
            rows={2}
            value={value}
            onChange={(e) => setAnswer(q.key, e.target.value)}
          />
        );
      })}
      <TextAreaField
        form={form}
        name={`${prefix}-notes`}
        label={t('assessments.notes', { domain: name })}
        optional
        rows={2}
        value={values.notes}
        onChange={(e) => onChange({ ...values, notes: e.target.value })}
      />
    </fieldset>
  );
}
