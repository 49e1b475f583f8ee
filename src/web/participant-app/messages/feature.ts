import type { UnreadCount } from '#shared/conversations.ts';
import type { AppFeature } from '../features.ts';
import { api } from '../lib/api.ts';
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

/** Meddelanden: her conversation with her team (the server's src/server/conversations). */
export const messagesFeature: AppFeature = {
  pages: [
    {
      path: '/app/messages',
      tile: 'messages',
      load: () => import('./messages-page.tsx'),
      // The team's messages she has not read yet, on her home tile.
      badge: {
        count: async () => (await api.get<UnreadCount>('/api/me/conversation/unread')).unread,
        label: 'messages.unread',
      },
    },
  ],
  namespace: 'messages',
  catalogue: (language) => catalogues[language]() as Promise<CatalogueModule>,
};
