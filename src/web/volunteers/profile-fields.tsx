import { useTranslation } from 'react-i18next';
import {
  interests as allInterests,
  languageLevels,
  lifeSituations,
  partsOfDay,
  weekdays,
  type AvailabilitySlot,
  type Interest,
  type LanguageLevel,
  type LifeSituation,
} from '#shared/language-friends.ts';
import { languageOptions } from '#web/participants/languages.ts';
import { interestLabel, levelLabel, partOfDayLabel, weekdayLabel } from './volunteer-text.ts';
import './volunteers.css';

type Group<T extends string> = {
  form: string;
  name: string;
  legend: string;
  hint?: string | undefined;
  error?: string | undefined;
  options: readonly { value: T; label: string }[];
  value: readonly T[];
  onChange: (value: T[]) => void;
};

const toggle = <T,>(list: readonly T[], item: T, on: boolean) =>
  on ? [...list.filter((i) => i !== item), item] : list.filter((i) => i !== item);

/** Checkboxes in a fieldset; the first has the id `${form}-${name}`, so the error summary lands on it. */
export function CheckboxGroup<T extends string>({
  form,
  name,
  legend,
  hint,
  error,
  options,
  value,
  onChange,
}: Group<T>) {
  const { t } = useTranslation();
  const id = `${form}-${name}`;
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      className={error ? 'fieldset choice-group field--error' : 'fieldset choice-group'}
      aria-describedby={describedBy}
    >
      <legend className="fieldset__legend">{legend}</legend>
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
      <div className="choice-group__options">
        {options.map((o, i) => (
          <div className="checkbox" key={o.value}>
            <input
              className="checkbox__input"
              type="checkbox"
              id={i === 0 ? id : `${id}-${o.value}`}
              name={name}
              value={o.value}
              checked={value.includes(o.value)}
              onChange={(e) => onChange(toggle(value, o.value, e.target.checked))}
            />
            <label className="checkbox__label" htmlFor={i === 0 ? id : `${id}-${o.value}`}>
              {o.label}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

type Common<T> = { form: string; value: T; onChange: (value: T) => void; error?: string | undefined };

export function InterestsField({
  form,
  value,
  onChange,
  error,
  hint,
}: Common<Interest[]> & { hint?: string }) {
  const { t, i18n } = useTranslation();
  return (
    <CheckboxGroup
      form={form}
      name="interests"
      legend={t('languageFriends.fields.interests')}
      hint={hint}
      error={error}
      options={allInterests.map((i) => ({ value: i, label: interestLabel(i, i18n.language) }))}
      value={value}
      onChange={onChange}
    />
  );
}

export function LifeSituationField({
  form,
  value,
  onChange,
  error,
  hint,
}: Common<LifeSituation[]> & { hint?: string }) {
  const { t } = useTranslation();
  return (
    <CheckboxGroup
      form={form}
      name="lifeSituation"
      legend={t('languageFriends.fields.lifeSituation')}
      hint={hint}
      error={error}
      options={lifeSituations.map((s) => ({
        value: s,
        label: t(`languageFriends.fields.lifeSituations.${s}`),
      }))}
      value={value}
      onChange={onChange}
    />
  );
}

/** Weekday by weekday, the parts of the day: one small fieldset each, easy to tick on a phone. */
export function AvailabilityField({
  form,
  value,
  onChange,
  error,
  hint,
}: Common<AvailabilitySlot[]> & { hint?: string }) {
  const { t, i18n } = useTranslation();
  const id = `${form}-availability`;
  return (
    <fieldset className={error ? 'fieldset availability field--error' : 'fieldset availability'}>
      <legend className="fieldset__legend">{t('languageFriends.fields.availability')}</legend>
      {hint && <p className="field__hint">{hint}</p>}
      {error && (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      )}
      <div className="availability__days">
        {weekdays.map((day, d) => (
          <fieldset className="availability__day" key={day}>
            <legend>{weekdayLabel(day, i18n.language)}</legend>
            {partsOfDay.map((part, p) => {
              const slot: AvailabilitySlot = `${day}_${part}`;
              const slotId = d === 0 && p === 0 ? id : `${id}-${slot}`;
              return (
                <div className="checkbox" key={slot}>
                  <input
                    className="checkbox__input"
                    type="checkbox"
                    id={slotId}
                    name="availability"
                    value={slot}
                    checked={value.includes(slot)}
                    onChange={(e) => onChange(toggle(value, slot, e.target.checked))}
                  />
                  <label className="checkbox__label" htmlFor={slotId}>
                    {partOfDayLabel(part, i18n.language)}
                  </label>
                </div>
              );
            })}
          </fieldset>
        ))}
      </div>
    </fieldset>
  );
}

export type LanguageRow = { code: string; level: LanguageLevel };

/** Her languages besides Swedish, each with a level: rows she adds and removes. */
export function LanguagesField({ form, value, onChange, error }: Common<LanguageRow[]>) {
  const { t, i18n } = useTranslation();
  const options = languageOptions(i18n.language).filter((o) => o.code !== 'sv');
  const id = `${form}-languages`;
  const set = (i: number, row: Partial<LanguageRow>) =>
    onChange(value.map((r, j) => (j === i ? { ...r, ...row } : r)));
  return (
    <fieldset className={error ? 'fieldset field--error' : 'fieldset'}>
      <legend className="fieldset__legend">{t('languageFriends.fields.languages')}</legend>
      <p className="field__hint">{t('languageFriends.fields.languagesHint')}</p>
      {error && (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      )}
      {value.map((row, i) => {
        const name = options.find((o) => o.code === row.code)?.local ?? row.code;
        return (
          <div className="language-row" key={i}>
            <div className="field">
              <label className="field__label" htmlFor={i === 0 ? id : `${id}-${i}`}>
                {t('languageFriends.fields.language')}
              </label>
              <select
                className="select"
                id={i === 0 ? id : `${id}-${i}`}
                value={row.code}
                onChange={(e) => set(i, { code: e.target.value })}
              >
                <option value="">{t('languageFriends.fields.chooseLanguage')}</option>
                {options.map((o) => (
                  <option key={o.code} value={o.code}>
                    {o.local}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label className="field__label" htmlFor={`${id}-${i}-level`}>
                {t('languageFriends.fields.level')}
              </label>
              <select
                className="select"
                id={`${id}-${i}-level`}
                value={row.level}
                onChange={(e) => set(i, { level: e.target.value as LanguageLevel })}
              >
                {languageLevels.map((l) => (
                  <option key={l} value={l}>
                    {levelLabel(l, i18n.language)}
                  </option>
                ))}
              </select>
            </div>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => onChange(value.filter((_, j) => j !== i))}
            >
              {t('languageFriends.fields.removeLanguage', { language: name })}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => onChange([...value, { code: '', level: 'good' }])}
      >
        {t('languageFriends.fields.addLanguage')}
      </button>
    </fieldset>
  );
}
