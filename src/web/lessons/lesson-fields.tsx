import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '#web/components/field.tsx';
import { TextAreaField } from '#web/components/textarea-field.tsx';
import { useActivities } from '#web/activities/api.ts';
import { languageOptions } from '#web/participants/languages.ts';
import type { LessonValues } from './lesson-values.ts';

type Props = {
  form: string;
  values: LessonValues;
  onChange: (values: LessonValues) => void;
  errors: Record<string, string>;
};

function Choices(props: {
  form: string;
  name: string;
  legend: string;
  hint: string;
  error?: string | undefined;
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
      <div className="lesson-choices">{children}</div>
    </fieldset>
  );
}

function Choice(props: {
  id: string;
  checked: boolean;
  onChange: (on: boolean) => void;
  children: ReactNode;
}) {
  return (
    <div className="checkbox">
      <input
        className="checkbox__input"
        type="checkbox"
        id={props.id}
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      <label className="checkbox__label" htmlFor={props.id}>
        {props.children}
      </label>
    </div>
  );
}

/** Every field of a lesson, shared by the create and edit pages; the video file and subtitles are on its page. */
export function LessonFields({ form, values, onChange, errors }: Props) {
  const { t, i18n } = useTranslation();
  const activities = useActivities();
  const text = (name: 'title' | 'description' | 'videoUrl') => ({
    form,
    name,
    value: values[name],
    onChange: (e: { target: { value: string } }) => onChange({ ...values, [name]: e.target.value }),
    error: errors[name],
  });
  const toggle = (key: 'languages' | 'activityIds', value: string, on: boolean) =>
    onChange({ ...values, [key]: on ? [...values[key], value] : values[key].filter((v) => v !== value) });
  const groups = (activities.data ?? []).filter((a) => !a.archivedAt);
  return (
    <>
      <TextField {...text('title')} label={t('lessons.titleField')} hint={t('lessons.titleHint')} />
      <TextAreaField {...text('description')} label={t('lessons.description')} optional rows={4} />
      <Choices
        form={form}
        name="activityIds"
        legend={t('lessons.groups')}
        hint={t('lessons.groupsHint')}
        error={errors.activityIds}
      >
        {groups.map((a) => (
          <Choice
            key={a.id}
            id={`${form}-group-${a.id}`}
            checked={values.activityIds.includes(a.id)}
            onChange={(on) => toggle('activityIds', a.id, on)}
          >
            {a.title}
          </Choice>
        ))}
      </Choices>
      <Choices
        form={form}
        name="languages"
        legend={t('lessons.languages')}
        hint={t('lessons.languagesHint')}
        error={errors.languages}
      >
        {languageOptions(i18n.language).map((l) => (
          <Choice
            key={l.code}
            id={`${form}-language-${l.code}`}
            checked={values.languages.includes(l.code)}
            onChange={(on) => toggle('languages', l.code, on)}
          >
            <span lang={l.code} dir="auto">
              {l.native}
            </span>
            {l.native !== l.local && <span> ({l.local})</span>}
          </Choice>
        ))}
      </Choices>
      <TextField
        {...text('videoUrl')}
        type="url"
        label={t('lessons.videoUrl')}
        hint={t('lessons.videoUrlHint')}
        optional
        autoComplete="off"
        spellCheck={false}
      />
    </>
  );
}
