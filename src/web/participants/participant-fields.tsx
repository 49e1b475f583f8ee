import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  contactChannels,
  educationLevels,
  genders,
  incomeSources,
  labourMarketStatuses,
  literacyLevels,
} from '#shared/participants.ts';
import { CheckboxField } from '#web/components/checkbox-field.tsx';
import { Field, SelectField, TextField } from '#web/components/field.tsx';
import { languageOptions } from './languages.ts';
import type { ParticipantValues } from './participant-values.ts';

type Props = {
  form: string;
  values: ParticipantValues;
  onChange: (values: ParticipantValues) => void;
  errors: Record<string, string>;
};

function Fieldset({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="fieldset participant-fieldset">
      <legend className="fieldset__legend">{legend}</legend>
      {children}
    </fieldset>
  );
}

/** Every field of the register, grouped: identity, languages, contact, household, background. */
export function ParticipantFields({ form, values, onChange, errors }: Props) {
  const { t, i18n } = useTranslation();
  const languages = languageOptions(i18n.language);
  const text = (name: keyof ParticipantValues) => ({
    form,
    name,
    value: values[name] as string,
    onChange: (e: { target: { value: string } }) => onChange({ ...values, [name]: e.target.value }),
    error: errors[name],
  });
  const toggleLanguage = (code: string, on: boolean) =>
    onChange({
      ...values,
      languages: on ? [...values.languages, code] : values.languages.filter((c) => c !== code),
    });
  const choose = <option value="">{t('participants.choose')}</option>;

  return (
    <>
      <Fieldset legend={t('participants.legends.identity')}>
        <TextField {...text('firstName')} label={t('participants.firstName')} autoComplete="off" />
        <TextField {...text('lastName')} label={t('participants.lastName')} autoComplete="off" />
        <TextField
          {...text('identityNumber')}
          label={t('participants.identityNumber')}
          hint={t('participants.identityNumberHint')}
          optional
          width="medium"
          autoComplete="off"
          spellCheck={false}
          inputMode="numeric"
          maxLength={20}
        />
        <TextField
          {...text('birthDate')}
          type="date"
          label={t('participants.birthDate')}
          hint={t('participants.birthDateHint')}
          optional
          width="medium"
        />
        <SelectField {...text('gender')} label={t('participants.gender')} optional width="medium">
          {choose}
          {genders.map((g) => (
            <option key={g} value={g}>
              {t(`participants.genders.${g}`)}
            </option>
          ))}
        </SelectField>
      </Fieldset>

      <Fieldset legend={t('participants.legends.languages')}>
        <fieldset
          className="fieldset language-choice"
          aria-describedby={`${form}-languages-hint${errors.languages ? ` ${form}-languages-error` : ''}`}
        >
          <legend className="field__label" id={`${form}-languages`} tabIndex={-1}>
            {t('participants.languages')} <span className="field__optional">{t('common.optional')}</span>
          </legend>
          <p className="field__hint" id={`${form}-languages-hint`}>
            {t('participants.languagesHint')}
          </p>
          {errors.languages && (
            <p className="field__error" id={`${form}-languages-error`}>
              <span className="visually-hidden">{t('form.errorPrefix')} </span>
              {errors.languages}
            </p>
          )}
          <div className="language-choice__grid">
            {languages.map((l) => (
              <div className="checkbox language-choice__item" key={l.code}>
                <input
                  className="checkbox__input"
                  type="checkbox"
                  id={`${form}-language-${l.code}`}
                  checked={values.languages.includes(l.code)}
                  onChange={(e) => toggleLanguage(l.code, e.target.checked)}
                />
                <label className="checkbox__label" htmlFor={`${form}-language-${l.code}`}>
                  <span lang={l.code} dir="auto">
                    {l.native}
                  </span>
                  {l.native !== l.local && <span className="language-choice__local"> ({l.local})</span>}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <CheckboxField
          form={form}
          name="interpreterNeeded"
          label={t('participants.interpreterNeeded')}
          checked={values.interpreterNeeded}
          onChange={(e) => onChange({ ...values, interpreterNeeded: e.target.checked })}
        />
        {values.interpreterNeeded && (
          <SelectField {...text('interpreterLanguage')} label={t('participants.interpreterLanguage')}>
            {choose}
            {languages.map((l) => (
              <option key={l.code} value={l.code}>
                {l.native === l.local ? l.native : `${l.native} (${l.local})`}
              </option>
            ))}
          </SelectField>
        )}
      </Fieldset>

      <Fieldset legend={t('participants.legends.contact')}>
        <TextField
          {...text('phone')}
          type="tel"
          label={t('participants.phone')}
          optional
          width="medium"
          autoComplete="off"
        />
        <TextField
          {...text('email')}
          type="email"
          label={t('participants.email')}
          optional
          autoComplete="off"
          spellCheck={false}
        />
        <SelectField
          {...text('preferredChannel')}
          label={t('participants.preferredChannel')}
          optional
          width="medium"
        >
          {choose}
          {contactChannels.map((c) => (
            <option key={c} value={c}>
              {t(`participants.channels.${c}`)}
            </option>
          ))}
        </SelectField>
        <TextField {...text('residentialArea')} label={t('participants.residentialArea')} optional />
      </Fieldset>

      <Fieldset legend={t('participants.legends.household')}>
        <TextField
          {...text('householdAdults')}
          label={t('participants.householdAdults')}
          optional
          width="short"
          inputMode="numeric"
        />
        <TextField
          {...text('childrenAges')}
          label={t('participants.childrenAges')}
          hint={t('participants.childrenAgesHint')}
          optional
          width="medium"
        />
        <TextField
          {...text('arrivalYear')}
          label={t('participants.arrivalYear')}
          optional
          width="short"
          inputMode="numeric"
          maxLength={4}
        />
      </Fieldset>

      <Fieldset legend={t('participants.legends.background')}>
        <SelectField {...text('educationLevel')} label={t('participants.educationLevel')} optional>
          {choose}
          {educationLevels.map((l) => (
            <option key={l} value={l}>
              {t(`participants.educationLevels.${l}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          {...text('schoolingYears')}
          label={t('participants.schoolingYears')}
          optional
          width="short"
          inputMode="numeric"
        />
        <SelectField
          {...text('firstLanguageLiteracy')}
          label={t('participants.firstLanguageLiteracy')}
          optional
          width="medium"
        >
          {choose}
          {literacyLevels.map((l) => (
            <option key={l} value={l}>
              {t(`participants.literacy.${l}`)}
            </option>
          ))}
        </SelectField>
        <Field
          form={form}
          name="workExperience"
          label={t('participants.workExperience')}
          error={errors.workExperience}
          optional
        >
          {(control) => (
            <textarea
              className="input participant-textarea"
              name="workExperience"
              rows={4}
              value={values.workExperience}
              onChange={(e) => onChange({ ...values, workExperience: e.target.value })}
              {...control}
            />
          )}
        </Field>
        <SelectField {...text('labourMarketStatus')} label={t('participants.labourMarketStatus')} optional>
          {choose}
          {labourMarketStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`participants.labourMarketStatuses.${s}`)}
            </option>
          ))}
        </SelectField>
        <SelectField {...text('incomeSource')} label={t('participants.incomeSource')} optional>
          {choose}
          {incomeSources.map((s) => (
            <option key={s} value={s}>
              {t(`participants.incomeSources.${s}`)}
            </option>
          ))}
        </SelectField>
      </Fieldset>
    </>
  );
}
