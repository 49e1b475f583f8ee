import type { SessionInfo } from '#shared/auth.ts';
import type { Role } from '#shared/roles.ts';
import type { Queryable } from '../db/types.ts';
import { audit } from '../lib/audit.ts';
import type { SystemCtx } from '../lib/context.ts';
import { AppError } from '../lib/errors.ts';
import { hashToken } from '../lib/ids.ts';
import { abilitiesOf } from '../lib/permissions.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { createSession, promoteSession, revokeUserSessions, type LoadedSession } from './sessions.ts';
import { matchTotp, newTotpSecret, totpEnrolment } from './totp.ts';

export const maxFailedAttempts = 5;
export const lockoutMinutes = 15;

type UserRow = {
  id: string;
  organisation_id: string;
  password_hash: string | null;
  totp_secret: string | null;
  totp_pending_secret: string | null;
  totp_last_step: string | null;
  locked_until: Date | null;
  disabled_at: Date | null;
};

const wrongCredentials = () => new AppError('unauthenticated', 'Wrong e-mail address or password.');

function assertNotLocked(user: UserRow): void {
  if (user.locked_until && user.locked_until > new Date()) {
    throw new AppError('locked', 'Too many failed attempts. The account is locked for a while.', {
      retryAfter: Math.ceil((user.locked_until.getTime() - Date.now()) / 1000),
    });
  }
}

/** Counts a failed attempt; the fifth in a row locks the account for a quarter of an hour. */
async function recordFailure(ctx: SystemCtx, user: UserRow, action: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await tx.query(
      `update users set failed_attempts = case when failed_attempts + 1 >= $2 then 0 else failed_attempts + 1 end,
              locked_until = case when failed_attempts + 1 >= $2 then now() + make_interval(mins => $3) else locked_until end
        where id = $1`,
      [user.id, maxFailedAttempts, lockoutMinutes],
    );
    await audit(tx, ctx, {
      action,
      outcome: 'failed',
      organisationId: user.organisation_id,
      actorUserId: user.id,
      unitId: null,
    });
  });
}

/** The role a new session starts in: an organisation-wide one first, else the oldest in an active unit. */
export async function defaultMembership(db: Queryable, userId: string): Promise<string | null> {
  const { rows } = await db.query<{ id: string }>(
    `select m.id from memberships m left join units u on u.id = m.unit_id
      where m.user_id = $1 and (u.id is null or u.archived_at is null)
      order by m.unit_id is null, m.created_at limit 1`,
    [userId],
  );
  return rows[0]?.id ?? null;
}

export async function login(
  ctx: SystemCtx,
  input: { email: string; password: string; userAgent?: string; sessionHours: number },
) {
  const { rows } = await ctx.db.query<UserRow>('select * from users where email = $1', [input.email]);
  const user = rows[0];
  if (!user) {
    await verifyPassword(null, input.password);
    throw wrongCredentials();
  }
  assertNotLocked(user);
  if (!(await verifyPassword(user.password_hash, input.password))) {
    await recordFailure(ctx, user, 'auth.password');
    throw wrongCredentials();
  }
  if (user.disabled_at) throw new AppError('account_disabled', 'This account is disabled.');
  const membershipId = await defaultMembership(ctx.db, user.id);
  if (!membershipId) throw new AppError('no_role', 'This account has no role in any unit yet.');
  const session = await ctx.db.transaction(async (tx) => {
    await tx.query('update users set failed_attempts = 0 where id = $1', [user.id]);
    await audit(tx, ctx, {
      action: 'auth.password',
      organisationId: user.organisation_id,
      actorUserId: user.id,
      unitId: null,
    });
    return createSession(tx, {
      userId: user.id,
      membershipId,
      hours: input.sessionHours,
      ip: ctx.ip,
      userAgent: input.userAgent,
      secondFactor: false,
    });
  });
  return { ...session, next: user.totp_secret ? ('totp' as const) : ('totp_enrolment' as const) };
}

async function userOf(ctx: SystemCtx, session: LoadedSession): Promise<UserRow> {
  const { rows } = await ctx.db.query<UserRow>('select * from users where id = $1', [session.userId]);
  if (!rows[0]) throw new AppError('unauthenticated');
  return rows[0];
}

/** Second step of sign-in. A code is accepted once: a replayed code fails even within its 30 seconds. */
export async function verifySecondFactor(ctx: SystemCtx, session: LoadedSession, code: string) {
  const user = await userOf(ctx, session);
  assertNotLocked(user);
  if (!user.totp_secret) throw new AppError('bad_request', 'Two-factor authentication is not set up yet.');
  const step = matchTotp(user.totp_secret, code);
  if (step === null || step <= Number(user.totp_last_step ?? -1)) {
    await recordFailure(ctx, user, 'auth.totp');
    throw new AppError('unauthenticated', 'The code is wrong or has already been used.');
  }
  return completeSignIn(ctx, session, user, { totp_last_step: step }, 'auth.login');
}

export async function startTotpEnrolment(ctx: SystemCtx, session: LoadedSession) {
  const user = await userOf(ctx, session);
  if (user.totp_secret)
    throw new AppError('two_factor_enabled', 'Two-factor authentication is already set up.');
  const secret = newTotpSecret();
  await ctx.db.query('update users set totp_pending_secret = $2 where id = $1', [user.id, secret]);
  return totpEnrolment(secret, session.email);
}

export async function confirmTotpEnrolment(ctx: SystemCtx, session: LoadedSession, code: string) {
  const user = await userOf(ctx, session);
  assertNotLocked(user);
  if (user.totp_secret)
    throw new AppError('two_factor_enabled', 'Two-factor authentication is already set up.');
  if (!user.totp_pending_secret) throw new AppError('bad_request', 'Start the enrolment first.');
  const step = matchTotp(user.totp_pending_secret, code);
  if (step === null) {
    await recordFailure(ctx, user, 'auth.totp_enrolment');
    throw new AppError('unauthenticated', 'The code is wrong. Check the time on your phone and try again.');
  }
  return completeSignIn(
    ctx,
    session,
    user,
    { totp_secret: user.totp_pending_secret, totp_pending_secret: null, totp_last_step: step },
    'auth.totp_enrolled',
  );
}

async function completeSignIn(
  ctx: SystemCtx,
  session: LoadedSession,
  user: UserRow,
  changes: Record<string, unknown>,
  action: string,
) {
  return ctx.db.transaction(async (tx) => {
    const cols = Object.keys(changes);
    const sets = cols.map((c, i) => `${c} = $${i + 2}`).join(', ');
    await tx.query(
      `update users set ${sets}, failed_attempts = 0, locked_until = null, last_login_at = now() where id = $1`,
      [user.id, ...Object.values(changes)],
    );
    await audit(tx, ctx, {
      action,
      organisationId: user.organisation_id,
      actorUserId: user.id,
      unitId: session.unitId,
    });
    return promoteSession(tx, session.idHash);
  });
}

/** Sets a new password from a one-time activation or reset link; all the user's sessions end. */
export async function resetPassword(ctx: SystemCtx, input: { token: string; password: string }) {
  const passwordHash = await hashPassword(input.password);
  await ctx.db.transaction(async (tx) => {
    const { rows } = await tx.query<{ user_id: string; reset_two_factor: boolean; organisation_id: string }>(
      `update one_time_tokens t set used_at = now() from users u
        where t.token_hash = $1 and t.purpose in ('activation', 'reset') and t.used_at is null
          and t.expires_at > now() and u.id = t.user_id
        returning t.user_id, t.reset_two_factor, u.organisation_id`,
      [hashToken(input.token)],
    );
    const token = rows[0];
    if (!token)
      throw new AppError('gone', 'This link has expired or has already been used. Ask for a new one.');
    await tx.query(
      `update users set password_hash = $2, failed_attempts = 0, locked_until = null, version = version + 1,
              totp_secret = case when $3 then null else totp_secret end,
              totp_last_step = case when $3 then null else totp_last_step end
        where id = $1`,
      [token.user_id, passwordHash, token.reset_two_factor],
    );
    await revokeUserSessions(tx, token.user_id);
    await audit(tx, ctx, {
      action: 'auth.password_set',
      organisationId: token.organisation_id,
      actorUserId: token.user_id,
      unitId: null,
      subjectType: 'user',
      subjectId: token.user_id,
      details: { twoFactorReset: token.reset_two_factor },
    });
  });
}

export async function switchMembership(ctx: SystemCtx, session: LoadedSession, membershipId: string) {
  const { rowCount } = await ctx.db.query(
    `update sessions s set membership_id = m.id from memberships m left join units u on u.id = m.unit_id
      where s.id_hash = $1 and m.id = $2 and m.user_id = s.user_id and (u.id is null or u.archived_at is null)`,
    [session.idHash, membershipId],
  );
  if (!rowCount) throw new AppError('not_found', 'No such role for this account.');
}

export async function sessionInfo(db: Queryable, session: LoadedSession): Promise<SessionInfo> {
  const [org, memberships] = await Promise.all([
    db.query<{ id: string; name: string }>('select id, name from organisations where id = $1', [
      session.organisationId,
    ]),
    db.query<{ id: string; role: Role; unitId: string | null; unitName: string | null }>(
      `select m.id, m.role, m.unit_id as "unitId", u.name as "unitName"
         from memberships m left join units u on u.id = m.unit_id
        where m.user_id = $1 and (u.id is null or u.archived_at is null)
        order by m.unit_id is not null, u.name, m.role`,
      [session.userId],
    ),
  ]);
  const role = session.role!;
  return {
    user: { id: session.userId, name: session.name, email: session.email, locale: session.locale },
    organisation: org.rows[0]!,
    memberships: memberships.rows,
    activeMembershipId: session.membershipId!,
    abilities: abilitiesOf(role),
    csrfToken: session.csrfToken,
  };
}
