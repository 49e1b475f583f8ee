import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '#web/components/field.tsx';
import { languageOptions } from '#web/participants/languages.ts';
import { emptyContact, type ContactValues } from './employer-values.ts';

type Props = {
  form: string;
  contacts: ContactValues[];
  onChange: (contacts: ContactValues[]) => void;
  errors: Record<string, string>;
};

/** Contact people, each in its own fieldset, added and removed one at a time. */
export function ContactFields({ form, contacts, onChange, errors }: Props) {
  const { t, i18n } = useTranslation();
  const languages = languageOptions(i18n.language);
  const addButton = useRef<HTMLButtonElement>(null);
  // After adding, focus goes to the new person's name; after removing, to the add button.
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  }, [contacts.length]);

  const set = (i: number, part: keyof ContactValues) => (e: { target: { value: string } }) =>
    onChange(contacts.map((c, j) => (j === i ? { ...c, [part]: e.target.value } : c)));
  const field = (i: number, part: keyof ContactValues) => ({
    form,
    name: `contacts-${i}-${part}`,
    value: contacts[i]![part],
    onChange: set(i, part),
    error: errors[`contacts-${i}-${part}`],
  });

  return (
    <fieldset className="fieldset employer-fieldset">
      <legend className="fieldset__legend">{t('employers.contactsTitle')}</legend>
      {contacts.length === 0 && <p>{t('employers.noContacts')}</p>}
      {contacts.map((_, i) => (
        <fieldset className="fieldset employer-contact" key={i}>
          <legend className="field__label">{t('employers.contactLegend', { n: i + 1 })}</legend>
          <TextField {...field(i, 'name')} label={t('employers.contact.name')} autoComplete="off" />
          <TextField {...field(i, 'title')} label={t('employers.contact.title')} optional />
          <TextField
            {...field(i, 'phone')}
            type="tel"
            label={t('employers.contact.phone')}
            optional
            width="medium"
            autoComplete="off"
          />
          <TextField
            {...field(i, 'email')}
            type="email"
            label={t('employers.contact.email')}
            optional
            autoComplete="off"
            spellCheck={false}
          />
          <SelectField
            {...field(i, 'language')}
            label={t('employers.contact.language')}
            hint={t('employers.contact.languageHint')}
            optional
            width="medium"
          >
            <option value="">{t('employers.contact.languageNone')}</option>
            {languages.map((l) => (
              <option key={l.code} value={l.code}>
                {l.local}
              </option>
            ))}
          </SelectField>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              onChange(contacts.filter((__, j) => j !== i));
              addButton.current?.focus();
            }}
          >
            {t('employers.removeContact', { n: i + 1 })}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="button button--secondary"
        ref={addButton}
        onClick={() => {
          focusNext.current = `${form}-contacts-${contacts.length}-name`;
          onChange([...contacts, emptyContact]);
        }}
      >
        {t('employers.addContact')}
      </button>
    </fieldset>
  );
}
