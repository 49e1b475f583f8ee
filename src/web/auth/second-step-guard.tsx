import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Loading } from '#web/components/loading.tsx';
import { hasCsrfToken } from '#web/lib/api.ts';
import { pendingStepInMemory, usePendingSignIn, type LoginNext } from './api.ts';
import { loginStateOf, safeReturnPath } from './login-state.ts';

const paths: Record<LoginNext, string> = { totp: '/login/code', totp_enrolment: '/login/enrol' };

/**
 * The code and enrolment pages need the half-signed-in session's CSRF token. Straight after the password it
 * is in memory; otherwise (single sign-on, a reload) it is fetched, and the person lands on the right step.
 */
export function SecondStepGuard({ step, children }: { step: LoginNext; children: ReactNode }) {
  const inMemory = hasCsrfToken();
  const pending = usePendingSignIn(!inMemory);
  const state = loginStateOf(useLocation().state);

  const remembered = pendingStepInMemory();
  if (inMemory && remembered && remembered !== step) {
    return <Navigate to={paths[remembered]} replace state={{ from: state.from }} />;
  }
  if (inMemory) return children;
  if (pending.isPending) return <Loading />;
  if (pending.error) return <Navigate to="/login" replace state={{ from: state.from, notice: 'restart' }} />;
  if (pending.data === null) return <Navigate to={safeReturnPath(state.from)} replace />;
  if (pending.data !== step)
    return <Navigate to={paths[pending.data]} replace state={{ from: state.from }} />;
  return children;
}
