import type { AppFeature } from './features.ts';

/** The app's own pages: home and the pages of issue 7 built with it. Sign-in pages are outside (app.tsx). */
export const corePages: AppFeature = {
  pages: [
    { path: '/app', load: () => import('./home/home-page.tsx') },
    { path: '/app/plan', tile: 'plan', load: () => import('./plan/plan-page.tsx') },
    { path: '/app/schedule', tile: 'schedule', load: () => import('./schedule/schedule-page.tsx') },
    {
      path: '/app/language-friend',
      tile: 'language-friend',
      load: () => import('./language-friend/language-friend-page.tsx'),
    },
    { path: '/app/my-data', tile: 'my-data', load: () => import('./my-data/my-data-page.tsx') },
  ],
};
