import { useEffect, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Loading } from '#web/components/loading.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { adoptAccountLanguage } from '#web/i18n/i18n.ts';
import { isApiError } from '#web/lib/api.ts';
import { useSession } from './api.ts';
import { SessionContext } from './session-context.ts';

/** Renders its children only for a fully signed-in session; otherwise sends the person to sign in. */
export function RequireSession({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  const locale = session.data?.user.locale;

  useEffect(() => {
    if (locale) adoptAccountLanguage(locale);
  }, [locale]);

  if (session.error) {
    if (isApiError(session.error) && session.error.status === 401) {
      // Password given but no code yet: go to the second step, which finds out which one it is.
      const to = session.error.code === 'second_factor_required' ? '/login/code' : '/login';
      return <Navigate to={to} replace state={{ from: `${location.pathname}${location.search}` }} />;
    }
    return (
      <main className="container site-main">
        <QueryError error={session.error} retry={() => void session.refetch()} />
      </main>
    );
  }
  if (!session.data) {
    return (
      <main className="container site-main">
        <Loading />
      </main>
    );
  }
  return <SessionContext value={session.data}>{children}</SessionContext>;
}
