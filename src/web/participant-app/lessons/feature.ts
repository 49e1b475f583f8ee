import type { AppFeature } from '../features.ts';

/**
 * Slot for "Mina lektioner" (the lessons engineer's): register the pages here, e.g.
 * `{ path: '/app/lessons', tile: 'lessons', load: () => import('./lessons-page.tsx') }`. The home tile
 * appears once a page claims `tile: 'lessons'`. The service worker already keeps `GET /api/me/lessons` for
 * offline use (offline/sw.ts).
 */
export const lessonsFeature: AppFeature = { pages: [] };
