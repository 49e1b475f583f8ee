import type { Role } from '#shared/roles.ts';
import type { Queryable } from '../db/types.ts';
import { hashToken, newToken } from '../lib/ids.ts';

export const sessionCookie = 'rodtrad_session';

export type LoadedSession = {
  idHash: string;
  csrfToken: string;
  secondFactor: boolean;
  userId: string;
  name: string;
  email: string;
  locale: string;
  organisationId: string;
  totpEnabled: boolean;
  membershipId: string | null;
  role: Role | null;
  unitId: string | null;
};

/** Creates a server-side session and returns the cookie value; only its hash is stored. */
export async function createSession(
  db: Queryable,
  input: {
    userId: string;
    membershipId: string | null;
    hours: number;
    ip: string;
    userAgent?: string;
    secondFactor: boolean;
  },
): Promise<{ token: string; csrfToken: string }> {
  const token = newToken();
  const csrfToken = newToken();
  await db.query(
    `insert into sessions (id_hash, user_id, membership_id, csrf_token, second_factor_at, expires_at, ip, user_agent)
     values ($1, $2, $3, $4, case when $5 then now() end, now() + make_interval(secs => $6), $7, $8)`,
    [
      hashToken(token),
      input.userId,
      input.membershipId,
      csrfToken,
      input.secondFactor,
      input.hours * 3600,
      input.ip,
      input.userAgent?.slice(0, 300) ?? null,
    ],
  );
  return { token, csrfToken };
}

export const loadSession = (db: Queryable, token: string) => loadSessionByHash(db, hashToken(token));

export async function loadSessionByHash(db: Queryable, idHash: string): Promise<LoadedSession | null> {
  const { rows } = await db.query<LoadedSession>(
    `select s.id_hash as "idHash", s.csrf_token as "csrfToken", s.second_factor_at is not null as "secondFactor",
            u.id as "userId", u.name, u.email, u.locale, u.organisation_id as "organisationId",
            u.totp_secret is not null as "totpEnabled", m.id as "membershipId", m.role, m.unit_id as "unitId"
       from sessions s
       join users u on u.id = s.user_id and u.disabled_at is null
       left join memberships m on m.id = s.membership_id
      where s.id_hash = $1 and s.revoked_at is null and s.expires_at > now()`,
    [idHash],
  );
  return rows[0] ?? null;
}

/**
 * After the second factor a new session id replaces the old one (no session fixation).
 */
export async function promoteSession(
  db: Queryable,
  idHash: string,
): Promise<{ token: string; csrfToken: string }> {
  const token = newToken();
  const csrfToken = newToken();
  const { rowCount } = await db.query(
    `update sessions set id_hash = $2, csrf_token = $3, second_factor_at = now() where id_hash = $1`,
    [idHash, hashToken(token), csrfToken],
  );
  if (!rowCount) throw new Error('session vanished');
  return { token, csrfToken };
}

export async function revokeSession(db: Queryable, idHash: string): Promise<void> {
  await db.query('update sessions set revoked_at = now() where id_hash = $1 and revoked_at is null', [
    idHash,
  ]);
}

export async function revokeUserSessions(db: Queryable, userId: string): Promise<void> {
  await db.query('update sessions set revoked_at = now() where user_id = $1 and revoked_at is null', [
    userId,
  ]);
}
