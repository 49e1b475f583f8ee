import type { Role } from '#shared/roles.ts';
import type { Db } from '../db/types.ts';

/** Who is acting: one membership (a role in a unit, or organisation-wide) chosen for the session. */
export type Actor = {
  userId: string;
  name: string;
  organisationId: string;
  membershipId: string;
  role: Role;
  unitId: string | null;
};

/** Passed explicitly to every service: `{ db, actor, requestId, ip }`; a transaction passes `{ ...ctx, db: tx }`. */
export type Ctx = {
  db: Db;
  actor: Actor;
  requestId: string;
  ip: string;
};

/** For work before anyone is signed in (sign-in, setup, public forms). */
export type SystemCtx = Omit<Ctx, 'actor'> & { actor?: undefined };
