import { lazy, Suspense, useCallback, useEffect, useMemo, useState, type ComponentType } from 'react';
import type { Me } from '#shared/participant-access.ts';
import { features, type PageProps } from './features.ts';
import { api, isApiError, setCsrfToken } from './lib/api.ts';
import { I18nProvider, useT } from './lib/i18n.tsx';
import { isAppLanguage, languageOfRecord, type AppLanguage } from './lib/languages.ts';
import { SessionContext, type Session } from './lib/me.tsx';
import { matchPath, usePath } from './lib/router.ts';
import { forgetOfflineData } from './offline/register.ts';
import { Page } from './shell/page.tsx';
import { Shell } from './shell/shell.tsx';
import { InvitationPage } from './sign-in/invitation-page.tsx';
import { SignInPage } from './sign-in/sign-in-page.tsx';

const storedLanguageKey = 'rodtrad.app.language';

/** Every registered page, each a lazy chunk of its own. */
const routes = features
  .flatMap((f) => f.pages)
  .map((p) => ({ path: p.path, Component: lazy(p.load) as ComponentType<PageProps> }));

function NotFound() {
  const t = useT();
  return <Page title={t('app.notFound')} />;
}

function Loading() {
  const t = useT();
  return (
    <p className="p-loading" role="status">
      {t('app.loading')}
    </p>
  );
}

function Routes({ path }: { path: string }) {
  for (const route of routes) {
    const params = matchPath(route.path, path);
    if (params)
      return (
        <Suspense fallback={<Loading />}>
          <route.Component key={route.path} params={params} />
        </Suspense>
      );
  }
  return <NotFound />;
}

/**
 * The participant app: who she is (GET /api/me, her own cookie), then her language (her choice on this phone,
 * else the first of her record's languages the app has, else Swedish), then the page for the address.
 */
export function App() {
  const path = usePath();
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [justSignedIn, setJustSignedIn] = useState(false);
  const [chosen, setChosen] = useState<AppLanguage | null>(() => {
    const stored = localStorage.getItem(storedLanguageKey);
    return isAppLanguage(stored) ? stored : null;
  });

  const loadMe = useCallback(
    () =>
      api.get<Me>('/api/me').then(
        (current) => {
          setCsrfToken(current.csrfToken);
          setMe(current);
        },
        (error: unknown) => {
          // Not signed in (or no answer at all and nothing saved): the sign-in page.
          if (isApiError(error, 'unauthenticated') || isApiError(error, 'network')) setMe(null);
          else throw error;
        },
      ),
    [],
  );
  useEffect(() => {
    loadMe().catch(() => setMe(null));
  }, [loadMe]);

  const choose = useCallback((code: AppLanguage) => {
    localStorage.setItem(storedLanguageKey, code);
    setChosen(code);
  }, []);
  const session = useMemo<Session | null>(
    () =>
      me
        ? {
            me,
            justSignedIn,
            signOut: async () => {
              await api.post('/api/me/sign-out');
              setCsrfToken(null);
              await forgetOfflineData();
              setMe(null);
            },
          }
        : null,
    [me, justSignedIn],
  );

  if (me === undefined) return null;
  const language =
    chosen ?? (me && (languageOfRecord(me.languages) ?? languageOfRecord([me.preferredLanguage]))) ?? 'sv';
  const signedIn = async () => {
    await loadMe();
    setJustSignedIn(true);
  };

  return (
    <I18nProvider language={language} onChange={choose}>
      <Shell>
        {path === '/app/invitation' && !session ? (
          <InvitationPage onSignedIn={signedIn} />
        ) : !session ? (
          <SignInPage onSignedIn={signedIn} />
        ) : (
          <SessionContext.Provider value={session}>
            <Routes path={path === '/app/invitation' ? '/app' : path} />
          </SessionContext.Provider>
        )}
      </Shell>
    </I18nProvider>
  );
}
