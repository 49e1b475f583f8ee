import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Catalogue } from '../i18n/sv.ts';
import { features } from '../features.ts';
import { languageInfo, type AppLanguage, type AppLanguageInfo } from './languages.ts';

/**
 * A tiny `t()`: one catalogue per language, each its own chunk loaded when chosen (no i18next in this entry).
 * Keys are dotted paths (`plan.title`); `{{name}}` is replaced by vars.name. A feature with its own
 * catalogue (see features.ts) answers the keys under its namespace (`lessons.title`).
 */
export type Messages = { [key: string]: string | Messages };
export type CatalogueModule = { default: { meta: CatalogueMeta } & Messages };
export type CatalogueMeta = { language: string; reviewedByNativeSpeaker: boolean };
export type Translate = (key: string, vars?: Record<string, string | number>) => string;

const core: Record<AppLanguage, () => Promise<{ default: Catalogue }>> = {
  sv: () => import('../i18n/sv.ts'),
  'sv-x-easy': () => import('../i18n/sv-x-easy.ts'),
  en: () => import('../i18n/en.ts'),
  ar: () => import('../i18n/ar.ts'),
  so: () => import('../i18n/so.ts'),
  ti: () => import('../i18n/ti.ts'),
  prs: () => import('../i18n/prs.ts'),
  uk: () => import('../i18n/uk.ts'),
};

/** The core catalogue and every feature's, for one language, as one tree. */
export async function loadMessages(
  language: AppLanguage,
): Promise<{ meta: CatalogueMeta; messages: Messages }> {
  const [base, ...parts] = await Promise.all([
    core[language](),
    ...features.flatMap((f) =>
      f.catalogue ? [f.catalogue(language).then((m) => [f.namespace, m] as const)] : [],
    ),
  ]);
  const messages: Messages = { ...(base as unknown as CatalogueModule).default };
  for (const [namespace, module] of parts as (readonly [string, CatalogueModule])[]) {
    messages[namespace] = module.default;
  }
  return { meta: base.default.meta, messages };
}

export function translate(messages: Messages, key: string, vars?: Record<string, string | number>): string {
  let node: string | Messages | undefined = messages;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') return key;
  return vars ? node.replace(/\{\{(\w+)\}\}/g, (m, name: string) => String(vars[name] ?? m)) : node;
}

type I18n = {
  language: AppLanguageInfo;
  meta: CatalogueMeta;
  t: Translate;
  setLanguage: (code: AppLanguage) => void;
};

const I18nContext = createContext<I18n | null>(null);

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}

export const useT = (): Translate => useI18n().t;

/** Renders its children once the chosen language's catalogues are in; sets the page's lang and dir. */
export function I18nProvider(props: {
  language: AppLanguage;
  onChange: (code: AppLanguage) => void;
  children: ReactNode;
}) {
  const { language, onChange, children } = props;
  const [loaded, setLoaded] = useState<{ code: AppLanguage; meta: CatalogueMeta; messages: Messages } | null>(
    null,
  );
  useEffect(() => {
    let live = true;
    void loadMessages(language).then((m) => live && setLoaded({ code: language, ...m }));
    return () => {
      live = false;
    };
  }, [language]);
  useEffect(() => {
    if (!loaded) return;
    const info = languageInfo(loaded.code);
    document.documentElement.lang = info.code;
    document.documentElement.dir = info.dir;
  }, [loaded]);
  const value = useMemo<I18n | null>(
    () =>
      loaded && {
        language: languageInfo(loaded.code),
        meta: loaded.meta,
        t: (key, vars) => translate(loaded.messages, key, vars),
        setLanguage: onChange,
      },
    [loaded, onChange],
  );
  if (!value) return null;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
