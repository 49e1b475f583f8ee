import { createContext, useContext } from 'react';
import type { Me } from '#shared/participant-access.ts';

export type Session = { me: Omit<Me, 'csrfToken'>; signOut: () => Promise<void>; justSignedIn: boolean };

export const SessionContext = createContext<Session | null>(null);

/** Her own session (who she is). Pages registered in features.ts show only when she is signed in. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in page');
  return session;
}
