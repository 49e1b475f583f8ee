import { useTranslation } from 'react-i18next';
import './radios.css';

type Option = { value: string; label: string; hint?: string };

type Props = {
  form: string;
  name: string;
  legend: string;
  options: readonly Option[];
  value: string;
  onChange: (value: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
  /** Side by side, for short labels such as a 1–10 scale. */
  inline?: boolean;
  /** The legend as a smaller, plain label (inside a larger fieldset). */
  small?: boolean;
};

/**
 * Radio buttons in a fieldset whose legend asks the question. The first radio has the id `${form}-${name}`,
 * so the error summary's link lands on the group.
 */
export function RadioGroup({
  form,
  name,
  legend,
  options,
  value,
  onChange,
  hint,
  error,
  inline,
  small,
}: Props) {
  const { t } = useTranslation();
  const id = `${form}-${name}`;
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      className={`fieldset radios${error ? ' field--error' : ''}`}
      aria-describedby={describedBy}
      aria-invalid={error ? true : undefined}
    >
      <legend className={small ? 'field__label' : 'fieldset__legend'}>{legend}</legend>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      )}
      <div className={inline ? 'radios__list radios__list--inline' : 'radios__list'}>
        {options.map((option, i) => {
          const optionId = i === 0 ? id : `${id}-${option.value}`;
          return (
            <div className="radios__item" key={option.value}>
              <input
                className="radios__input"
                type="radio"
                id={optionId}
                name={id}
                value={option.value}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
                aria-describedby={option.hint ? `${optionId}-hint` : undefined}
              />
              <label className="radios__label" htmlFor={optionId}>
                {option.label}
              </label>
              {option.hint && (
                <p className="radios__hint field__hint" id={`${optionId}-hint`}>
                  {option.hint}
                </p>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
