import { useTranslation } from 'react-i18next';
import type { EvaluationForm } from '#shared/placements.ts';
import '#web/components/forms.css';
import '#web/components/radios.css';

type Bilingual = EvaluationForm['questions'][number]['label'];

/** A question in Swedish with the English beside it, each marked with its language for screen readers. */
export function BilingualText({ text }: { text: Bilingual }) {
  return (
    <>
      <span lang="sv">{text.sv}</span>{' '}
      <span className="bilingual__en" lang="en">
        {text.en}
      </span>
    </>
  );
}

type FieldProps = {
  form: string;
  name: string;
  label: Bilingual;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
};

function ErrorText({ id, error }: { id: string; error: string | undefined }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p className="field__error" id={id}>
      <span className="visually-hidden">{t('form.errorPrefix')} </span>
      {error}
    </p>
  );
}

/** A 1–5 rating as radio buttons in a fieldset; the first radio carries the field's id for the error summary. */
export function RatingField({ form, name, label, value, onChange, error }: FieldProps) {
  const { t } = useTranslation();
  const id = `${form}-${name}`;
  const hintId = `${form}-scale-hint`;
  return (
    <fieldset
      className={`fieldset radios evaluation-rating${error ? ' field--error' : ''}`}
      aria-describedby={[hintId, error && `${id}-error`].filter(Boolean).join(' ')}
      aria-invalid={error ? true : undefined}
    >
      <legend className="field__label">
        <BilingualText text={label} />
      </legend>
      <ErrorText id={`${id}-error`} error={error} />
      <div className="radios__list radios__list--inline evaluation-rating__scale">
        {(['1', '2', '3', '4', '5'] as const).map((n, i) => {
          const optionId = i === 0 ? id : `${id}-${n}`;
          return (
            <div className="radios__item" key={n}>
              <input
                className="radios__input"
                type="radio"
                id={optionId}
                name={id}
                value={n}
                checked={value === n}
                onChange={() => onChange(n)}
              />
              <label className="radios__label" htmlFor={optionId}>
                {t(`evaluation.scale.${n}`)}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** A free-text answer with its bilingual label. */
export function BilingualTextArea({ form, name, label, value, onChange, error }: FieldProps) {
  const { t } = useTranslation();
  const id = `${form}-${name}`;
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label className="field__label" htmlFor={id}>
        <BilingualText text={label} />
        <span className="field__optional"> {t('common.optional')}</span>
      </label>
      <ErrorText id={`${id}-error`} error={error} />
      <textarea
        className="input textarea"
        id={id}
        name={name}
        rows={4}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
    </div>
  );
}
