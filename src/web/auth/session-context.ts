import { createContext, useContext } from 'react';
import type { SessionInfo } from '#shared/auth.ts';
import type { Role } from '#shared/roles.ts';
import type { Permission } from '#server/lib/permissions.ts';

export type Ability = Permission;

export const SessionContext = createContext<SessionInfo | null>(null);

/** The signed-in session; only inside the session guard, which renders nothing until it has one. */
export function useCurrentSession(): SessionInfo {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useCurrentSession is used outside <RequireSession>');
  return session;
}

/** What the server says the active role may do; the interface never works this out itself. */
export function useAbility(ability: Ability): boolean {
  return useCurrentSession().abilities.includes(ability);
}

/** The role of the active membership (a choice offered only to some roles, say). */
export function useActiveRole(): Role | null {
  const session = useCurrentSession();
  return session.memberships.find((m) => m.id === session.activeMembershipId)?.role ?? null;
}
