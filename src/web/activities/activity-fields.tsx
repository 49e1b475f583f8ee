import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '#web/components/field.tsx';
import { TextAreaField } from '#web/components/textarea-field.tsx';
import { languageOptions } from '#web/participants/languages.ts';
import { useActivityTypes, useColleagues } from './api.ts';
import type { ActivityValues } from './activity-values.ts';
import { typeName } from './activity-text.ts';

type Props = {
  form: string;
  values: ActivityValues;
  onChange: (values: ActivityValues) => void;
  errors: Record<string, string>;
};

/** A group of checkboxes with its legend, hint and error, the legend focusable for the error summary. */
function CheckboxGroup(props: {
  form: string;
  name: string;
  legend: string;
  hint: string;
  error: string | undefined;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { form, name, legend, hint, error, children } = props;
  return (
    <fieldset
      className="fieldset"
      aria-describedby={`${form}-${name}-hint${error ? ` ${form}-${name}-error` : ''}`}
    >
      <legend className="field__label" id={`${form}-${name}`} tabIndex={-1}>
        {legend} <span className="field__optional">{t('common.optional')}</span>
      </legend>
      <p className="field__hint" id={`${form}-${name}-hint`}>
        {hint}
      </p>
      {error && (
        <p className="field__error" id={`${form}-${name}-error`}>
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      )}
      <div className="activity-choice__grid">{children}</div>
    </fieldset>
  );
}

/** Every field of an activity, shared by the create and edit pages. */
export function ActivityFields({ form, values, onChange, errors }: Props) {
  const { t, i18n } = useTranslation();
  const types = useActivityTypes();
  const colleagues = useColleagues();
  const languages = languageOptions(i18n.language);
  const text = (name: 'type' | 'title' | 'description' | 'place' | 'onlineUrl' | 'capacity') => ({
    form,
    name,
    value: values[name],
    onChange: (e: { target: { value: string } }) => onChange({ ...values, [name]: e.target.value }),
    error: errors[name],
  });
  const toggle = (key: 'languages' | 'staffIds', value: string, on: boolean) =>
    onChange({ ...values, [key]: on ? [...values[key], value] : values[key].filter((v) => v !== value) });

  return (
    <>
      <SelectField {...text('type')} label={t('activities.type')}>
        <option value="">{t('activities.chooseType')}</option>
        {(types.data ?? []).map((type) => (
          <option key={type.key} value={type.key}>
            {typeName(type, i18n.language)}
          </option>
        ))}
      </SelectField>
      <TextField {...text('title')} label={t('activities.titleField')} hint={t('activities.titleHint')} />
      <TextAreaField {...text('description')} label={t('activities.description')} optional rows={4} />
      <TextField {...text('place')} label={t('activities.place')} hint={t('activities.placeHint')} optional />
      <TextField
        {...text('onlineUrl')}
        type="url"
        label={t('activities.onlineUrl')}
        hint={t('activities.onlineUrlHint')}
        optional
        autoComplete="off"
        spellCheck={false}
      />
      <TextField
        {...text('capacity')}
        label={t('activities.capacity')}
        hint={t('activities.capacityHint')}
        optional
        width="short"
        inputMode="numeric"
        autoComplete="off"
      />
      <CheckboxGroup
        form={form}
        name="staffIds"
        legend={t('activities.staff')}
        hint={t('activities.staffHint')}
        error={errors.staffIds}
      >
        {(colleagues.data ?? []).map((c) => (
          <div className="checkbox activity-choice__item" key={c.userId}>
            <input
              className="checkbox__input"
              type="checkbox"
              id={`${form}-staff-${c.userId}`}
              checked={values.staffIds.includes(c.userId)}
              onChange={(e) => toggle('staffIds', c.userId, e.target.checked)}
            />
            <label className="checkbox__label" htmlFor={`${form}-staff-${c.userId}`}>
              {c.name}
            </label>
          </div>
        ))}
      </CheckboxGroup>
      <CheckboxGroup
        form={form}
        name="languages"
        legend={t('activities.languages')}
        hint={t('activities.languagesHint')}
        error={errors.languages}
      >
        {languages.map((l) => (
          <div className="checkbox activity-choice__item" key={l.code}>
            <input
              className="checkbox__input"
              type="checkbox"
              id={`${form}-language-${l.code}`}
              checked={values.languages.includes(l.code)}
              onChange={(e) => toggle('languages', l.code, e.target.checked)}
            />
            <label className="checkbox__label" htmlFor={`${form}-language-${l.code}`}>
              <span lang={l.code} dir="auto">
                {l.native}
              </span>
              {l.native !== l.local && <span className="activity-choice__local"> ({l.local})</span>}
            </label>
          </div>
        ))}
      </CheckboxGroup>
    </>
  );
}
