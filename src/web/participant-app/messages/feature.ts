import type { AppFeature } from '../features.ts';

/**
 * Slot for "Meddelanden" (the messages engineer's): register the pages here, e.g.
 * `{ path: '/app/messages', tile: 'messages', load: () => import('./messages-page.tsx') }`. The home tile
 * appears once a page claims `tile: 'messages'`.
 */
export const messagesFeature: AppFeature = { pages: [] };
