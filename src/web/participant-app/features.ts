import type { ComponentType } from 'react';
import type { CatalogueModule } from './lib/i18n.tsx';
import type { AppLanguage } from './lib/languages.ts';
import { corePages } from './core-pages.ts';
import { lessonsFeature } from './lessons/feature.ts';
import { messagesFeature } from './messages/feature.ts';

/**
 * HOW A PAGE JOINS THE PARTICIPANT APP (page-registration convention)
 *
 * Each feature folder under src/web/participant-app/ has a `feature.ts` exporting one `AppFeature`, listed in
 * `features` below. A feature lists its pages: a path under /app (`:name` takes one segment, passed to the
 * page as `params.name`), a lazy `load` of a module whose default export is the page component (its own
 * chunk, so the first load stays small), and optionally the home tile it answers (`tile`). Tiles show on the
 * home page in the fixed order of `tileOrder` once a page registers them.
 *
 * Strings: a feature with its own catalogue sets `namespace` and `catalogue` (one module per language,
 * `./i18n/<code>.ts`, default export `{ meta, ...messages }`; sv.ts is the source, the others must match,
 * tested by catalogues.test.ts); its keys are then `t('<namespace>.<key>')`.
 *
 * A page renders `<Page title=…>` (shell/page.tsx: the one h1, focus and the read-aloud text) and loads with
 * `useApi(path)` (lib/use-api.ts: plain fetch; `savedAt` is set when offline and answered from the cache) or
 * `api.post` (CSRF header added). Sign-in is done by the app before any registered page shows.
 */
export type PageProps = { params: Record<string, string> };
export type TileKey = 'plan' | 'schedule' | 'lessons' | 'messages' | 'language-friend' | 'my-data';
export const tileOrder: TileKey[] = ['plan', 'schedule', 'lessons', 'messages', 'language-friend', 'my-data'];

export type AppPage = {
  path: string;
  load: () => Promise<{ default: ComponentType<PageProps> }>;
  tile?: TileKey;
  /**
   * A count shown on the tile when above zero (e.g. unread messages), worded by the translation key `label`
   * with {{count}}; loaded once the home page shows, never blocking it.
   */
  badge?: { count: () => Promise<number>; label: string };
};

export type AppFeature = {
  pages: AppPage[];
  namespace?: string;
  catalogue?: (language: AppLanguage) => Promise<CatalogueModule>;
};

export const features: AppFeature[] = [corePages, lessonsFeature, messagesFeature];
