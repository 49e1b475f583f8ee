import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AuthOptions, SessionInfo } from '#shared/auth.ts';
import { api, setCsrfToken } from '#web/lib/api.ts';
import { sessionKey } from '#web/lib/query-client.ts';

export type LoginNext = 'totp' | 'totp_enrolment';
type Enrolment = { secret: string; otpauthUrl: string; qrDataUrl: string };

/** The step the password answer named, kept beside the CSRF token so a detour lands on the right page. */
let pendingStep: LoginNext | null = null;
export const pendingStepInMemory = (): LoginNext | null => pendingStep;

export const useAuthOptions = () =>
  useQuery({
    queryKey: ['auth-options'],
    queryFn: () => api.get<AuthOptions>('/api/auth/options'),
    staleTime: 60_000,
  });

async function fetchSession(): Promise<SessionInfo> {
  const session = await api.get<SessionInfo>('/api/session');
  setCsrfToken(session.csrfToken);
  return session;
}

export const useSession = () =>
  useQuery({ queryKey: sessionKey, queryFn: fetchSession, retry: false, staleTime: 5 * 60_000 });

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: { email: string; password: string }) => {
      const result = await api.post<{ next: LoginNext; csrfToken: string }>('/api/auth/login', input);
      // Whatever was cached belonged to someone else's session, or to none.
      queryClient.clear();
      setCsrfToken(result.csrfToken);
      pendingStep = result.next;
      return result.next;
    },
  });
}

/**
 * Picks up a sign-in whose first step happened elsewhere: after single sign-on (the server redirects to
 * `/login?step=…`) or after a reload, when the CSRF token in memory is gone. Needs the server's
 * `GET /api/auth/pending` (`{ next, csrfToken }` for a half-signed-in session); until it exists, this fails
 * and the person signs in again.
 */
export const usePendingSignIn = (enabled: boolean) =>
  useQuery({
    queryKey: ['auth-pending'],
    queryFn: async () => {
      const pending = await api.get<{ next: LoginNext | null; csrfToken: string }>('/api/auth/pending');
      setCsrfToken(pending.csrfToken);
      pendingStep = pending.next;
      return pending.next;
    },
    enabled,
    retry: false,
    gcTime: 0,
  });

/** The second step: a code, either for an enrolled app or to confirm a new one. Completes the sign-in. */
function useSecondFactor(path: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (code: string) => {
      const result = await api.post<{ csrfToken: string }>(path, { code });
      setCsrfToken(result.csrfToken);
      pendingStep = null;
      await queryClient.resetQueries({ queryKey: sessionKey });
    },
  });
}

export const useVerifyCode = () => useSecondFactor('/api/auth/totp');
export const useConfirmEnrolment = () => useSecondFactor('/api/auth/totp/enrolment/confirm');

/** Starts enrolment once per visit: a query, so a re-render (or React's strict mode) does not issue a new secret. */
export const useEnrolment = () =>
  useQuery({
    queryKey: ['totp-enrolment'],
    queryFn: () => api.post<Enrolment>('/api/auth/totp/enrolment'),
    staleTime: Infinity,
    retry: false,
  });

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>('/api/auth/logout'),
    onSettled: () => {
      setCsrfToken(null);
      queryClient.clear();
    },
  });
}

export function useSwitchMembership() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (membershipId: string) => api.put<SessionInfo>('/api/session/membership', { membershipId }),
    onSuccess: async (session) => {
      setCsrfToken(session.csrfToken);
      queryClient.setQueryData(sessionKey, session);
      // Everything else was read as the previous role and unit.
      await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] });
    },
  });
}

export const useSetPassword = () =>
  useMutation({
    mutationFn: (input: { token: string; password: string }) =>
      api.post<void>('/api/auth/password-reset', input),
  });
