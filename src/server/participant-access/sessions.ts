import type { Queryable } from '../db/types.ts';
import { hashToken, newId, newToken } from '../lib/ids.ts';

/** Her cookie: never the staff cookie's name, so neither kind of session is read where the other is asked for. */
export const participantCookie = 'rodtrad_p';
/** Long on her own device, and sliding: each use moves the end ahead. */
export const participantSessionDays = 180;

export type LoadedParticipantSession = {
  id: string;
  participantId: string;
  unitId: string;
  organisationId: string;
  csrfToken: string;
};

export async function createParticipantSession(
  db: Queryable,
  input: {
    participantId: string;
    unitId: string;
    method: 'passkey' | 'sms_code';
    passkeyId: string | null;
    deviceLabel: string | null;
    userAgent: string | undefined;
  },
): Promise<{ id: string; token: string; csrfToken: string }> {
  const id = newId();
  const token = newToken();
  const csrfToken = newToken();
  await db.query(
    `insert into participant_sessions (id, id_hash, unit_id, participant_id, csrf_token, method, passkey_id,
       expires_at, device_label, user_agent)
     values ($1, $2, $3, $4, $5, $6, $7, now() + make_interval(days => $8), $9, $10)`,
    [
      id,
      hashToken(token),
      input.unitId,
      input.participantId,
      csrfToken,
      input.method,
      input.passkeyId,
      participantSessionDays,
      input.deviceLabel || null,
      input.userAgent?.slice(0, 300) ?? null,
    ],
  );
  return { id, token, csrfToken };
}

/**
 * Her session by the cookie's hash, on the owner connection (before her identity is known). A revoked or
 * expired session, a merged or moved record, or a revoked passkey behind it ends it. Each use slides the end
 * ahead.
 */
export async function loadParticipantSession(
  db: Queryable,
  token: string,
): Promise<LoadedParticipantSession | null> {
  const { rows } = await db.query<LoadedParticipantSession>(
    `update participant_sessions s
        set last_seen_at = now(), expires_at = now() + make_interval(days => $2)
       from participants p, units u
      where s.id_hash = $1 and s.revoked_at is null and s.expires_at > now()
        and p.id = s.participant_id and p.unit_id = s.unit_id and p.merged_into is null and u.id = p.unit_id
        and not exists (select 1 from participant_passkeys k where k.id = s.passkey_id and k.revoked_at is not null)
      returning s.id, s.participant_id as "participantId", s.unit_id as "unitId",
                u.organisation_id as "organisationId", s.csrf_token as "csrfToken"`,
    [hashToken(token), participantSessionDays],
  );
  return rows[0] ?? null;
}

export async function endParticipantSession(db: Queryable, id: string): Promise<void> {
  await db.query('update participant_sessions set revoked_at = now() where id = $1 and revoked_at is null', [
    id,
  ]);
}
