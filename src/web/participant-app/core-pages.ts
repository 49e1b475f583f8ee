import type { AppFeature } from './features.ts';

/** The app's own pages: home and the pages of issue 7 built with it. Sign-in pages are outside (app.tsx). */
export const corePages: AppFeature = {
  pages: [{ path: '/app', load: () => import('./home/home-page.tsx') }],
};
