import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '#web/components/field.tsx';
import { languageOptions } from './languages.ts';

type Props = Omit<ComponentProps<typeof SelectField>, 'children'> & { placeholder: string };

/** One of the curated languages, named in the interface language with its own name beside (arabiska – العربية). */
export function LanguageSelectField({ placeholder, ...select }: Props) {
  const { i18n } = useTranslation();
  return (
    <SelectField {...select}>
      <option value="">{placeholder}</option>
      {languageOptions(i18n.language).map((l) => (
        <option key={l.code} value={l.code}>
          {l.local === l.native ? l.local : `${l.local} – ${l.native}`}
        </option>
      ))}
    </SelectField>
  );
}
