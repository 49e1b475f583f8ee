import { useTranslation } from 'react-i18next';
import { localName, nativeName } from './languages.ts';

/** A language by its own name (so she recognises it), with the interface language's name beside. */
export function LanguageName({ code }: { code: string }) {
  const { i18n } = useTranslation();
  const native = nativeName(code);
  const local = localName(code, i18n.language);
  return (
    <>
      <span lang={code} dir="auto">
        {native}
      </span>
      {native !== local && ` (${local})`}
    </>
  );
}
