import type { AppFeature } from '../features.ts';
import type { CatalogueModule } from '../lib/i18n.tsx';
import type { AppLanguage } from '../lib/languages.ts';

// Each catalogue's keys are checked against sv.ts by its type and by catalogues.test.ts.
const catalogues: Record<AppLanguage, () => Promise<unknown>> = {
  sv: () => import('./i18n/sv.ts'),
  'sv-x-easy': () => import('./i18n/sv-x-easy.ts'),
  en: () => import('./i18n/en.ts'),
  ar: () => import('./i18n/ar.ts'),
  so: () => import('./i18n/so.ts'),
  ti: () => import('./i18n/ti.ts'),
  prs: () => import('./i18n/prs.ts'),
  uk: () => import('./i18n/uk.ts'),
};

/** Mina lektioner: the lessons open to her (the server's src/server/lessons), to watch, understand and answer. */
export const lessonsFeature: AppFeature = {
  pages: [
    { path: '/app/lessons', tile: 'lessons', load: () => import('./lessons-page.tsx') },
    { path: '/app/lessons/:id', load: () => import('./lesson-page.tsx') },
  ],
  namespace: 'lessons',
  catalogue: (language) => catalogues[language]() as Promise<CatalogueModule>,
};
