import { useId } from 'react';
import { useI18n } from '../lib/i18n.tsx';
import { appLanguages, isAppLanguage } from '../lib/languages.ts';

/** Her choice of language, each named in itself; stays on this phone (app.tsx keeps it). */
export function LanguageChooser() {
  const { t, language, setLanguage } = useI18n();
  const id = useId();
  return (
    <div className="p-language">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        value={language.code}
        onChange={(e) => isAppLanguage(e.target.value) && setLanguage(e.target.value)}
      >
        {appLanguages.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.name}
          </option>
        ))}
      </select>
    </div>
  );
}
