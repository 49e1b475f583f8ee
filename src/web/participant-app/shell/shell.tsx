import type { ReactNode } from 'react';
import { useI18n } from '../lib/i18n.tsx';
import { onLinkClick } from '../lib/router.ts';
import { LanguageChooser } from './language-chooser.tsx';
import { ReadAloud } from './read-aloud.tsx';

/** The frame of every screen: home link, language and read-aloud on top, the page, a footnote on translations. */
export function Shell({ children }: { children: ReactNode }) {
  const { t, meta } = useI18n();
  return (
    <>
      <a className="p-skip" href="#main">
        {t('app.skip')}
      </a>
      <header className="p-header">
        <a className="p-home-link" href="/app" onClick={(e) => onLinkClick(e, '/app')}>
          <svg aria-hidden="true" viewBox="0 0 24 24" className="p-icon-small">
            <path d="M3 11 12 3l9 8v10h-6v-6H9v6H3z" fill="currentColor" />
          </svg>
          {t('app.home')}
        </a>
        <div className="p-header-tools">
          <ReadAloud />
          <LanguageChooser />
        </div>
      </header>
      <main id="main" className="p-main">
        {children}
      </main>
      {!meta.reviewedByNativeSpeaker && (
        <footer className="p-footer">
          <p>{t('language.draftNote')}</p>
        </footer>
      )}
    </>
  );
}
