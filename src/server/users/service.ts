import type { z } from 'zod';
import { isOrganisationRole } from '#shared/roles.ts';
import type { CreateUserInput, MembershipInput, OneTimeLink, UpdateUserInput, User } from '#shared/users.ts';
import { revokeUserSessions } from '../auth/sessions.ts';
import { inTenant } from '../db/tenant.ts';
import type { Queryable } from '../db/types.ts';
import { audit } from '../lib/audit.ts';
import type { Ctx } from '../lib/context.ts';
import { AppError, notFound } from '../lib/errors.ts';
import { hashToken, newId, newToken } from '../lib/ids.ts';
import { updateVersioned } from '../lib/versioned.ts';
import { presentUser, userSelect, type UserRow } from './presenter.ts';

type MembershipIn = z.output<typeof MembershipInput>;

export async function listUsers(ctx: Ctx): Promise<User[]> {
  return inTenant(ctx, async (tx) => {
    const { rows } = await tx.query<UserRow>(`${userSelect} order by u.disabled_at is not null, u.name`);
    return rows.map(presentUser);
  });
}

async function findUser(tx: Queryable, id: string): Promise<User> {
  const { rows } = await tx.query<UserRow>(`${userSelect} where u.id = $1`, [id]);
  if (!rows[0]) throw notFound('User');
  return presentUser(rows[0]);
}

export const getUser = (ctx: Ctx, id: string) => inTenant(ctx, (tx) => findUser(tx, id));

async function replaceMemberships(tx: Queryable, ctx: Ctx, userId: string, memberships: MembershipIn[]) {
  for (const m of memberships) {
    if (isOrganisationRole(m.role) !== (m.unitId === null)) {
      throw new AppError(
        'role_unit_mismatch',
        `The role ${m.role} ${m.unitId ? 'covers the whole organisation' : 'needs a unit'}.`,
      );
    }
    if (m.unitId) {
      const unit = await tx.query('select 1 from units where id = $1 and archived_at is null', [m.unitId]);
      if (!unit.rows.length) throw notFound('Unit');
    }
  }
  // Keep memberships that stay (their ids are in sessions), remove the rest, add what is new.
  const wanted = new Map(memberships.map((m) => [`${m.role}:${m.unitId}`, m]));
  const { rows: current } = await tx.query<{ id: string; key: string }>(
    "select id, role || ':' || coalesce(unit_id::text, 'null') as key from memberships where user_id = $1",
    [userId],
  );
  const removed = current.filter((c) => !wanted.has(c.key)).map((c) => c.id);
  if (removed.length) await tx.query('delete from memberships where id = any($1::uuid[])', [removed]);
  for (const c of current) wanted.delete(c.key);
  for (const m of wanted.values()) {
    await tx.query(
      'insert into memberships (id, organisation_id, user_id, unit_id, role) values ($1, $2, $3, $4, $5)',
      [newId(), ctx.actor.organisationId, userId, m.unitId, m.role],
    );
  }
}

async function issueLink(
  tx: Queryable,
  ctx: Ctx,
  publicUrl: string,
  userId: string,
  purpose: 'activation' | 'reset',
  resetTwoFactor: boolean,
): Promise<OneTimeLink> {
  const token = newToken();
  const hours = purpose === 'activation' ? 24 * 7 : 24;
  // A new link replaces any unused one for the same person.
  await tx.query(
    "update one_time_tokens set used_at = now() where user_id = $1 and used_at is null and purpose in ('activation', 'reset')",
    [userId],
  );
  const { rows } = await tx.query<{ expires_at: Date }>(
    `insert into one_time_tokens (token_hash, purpose, user_id, reset_two_factor, created_by, expires_at)
     values ($1, $2, $3, $4, $5, now() + make_interval(hours => $6)) returning expires_at`,
    [hashToken(token), purpose, userId, resetTwoFactor, ctx.actor.userId, hours],
  );
  return {
    url: `${publicUrl}/password#${new URLSearchParams({ token, kind: purpose })}`,
    expiresAt: rows[0]!.expires_at.toISOString(),
  };
}

export async function createUser(ctx: Ctx, publicUrl: string, input: z.output<typeof CreateUserInput>) {
  // one_time_tokens is not a tenant table: the link is written with the owner connection in the same flow.
  const id = newId();
  const user = await inTenant(ctx, async (tx) => {
    const taken = await tx.query('select 1 from users where email = $1', [input.email]);
    if (taken.rows.length)
      throw new AppError('email_taken', 'An account with this e-mail address already exists.');
    await tx.query(
      'insert into users (id, organisation_id, email, name, locale) values ($1, $2, $3, $4, $5)',
      [id, ctx.actor.organisationId, input.email, input.name, input.locale],
    );
    await replaceMemberships(tx, ctx, id, input.memberships);
    await audit(tx, ctx, {
      action: 'user.create',
      subjectType: 'user',
      subjectId: id,
      details: { roles: input.memberships.map((m) => m.role) },
    });
    return findUser(tx, id);
  });
  const activationLink = await ctx.db.transaction((tx) =>
    issueLink(tx, ctx, publicUrl, id, 'activation', false),
  );
  return { user, activationLink };
}

export async function updateUser(
  ctx: Ctx,
  id: string,
  input: z.output<typeof UpdateUserInput>,
): Promise<User> {
  if (id === ctx.actor.userId && (input.disabled || input.memberships)) {
    throw new AppError(
      'forbidden',
      'You cannot disable yourself or change your own roles. Ask another administrator.',
    );
  }
  const user = await inTenant(ctx, async (tx) => {
    await updateVersioned(
      tx,
      'users',
      id,
      input.version,
      {
        name: input.name,
        locale: input.locale,
        disabled_at: input.disabled === undefined ? undefined : input.disabled ? new Date() : null,
      },
      'User',
      () => findUser(tx, id),
    );
    if (input.memberships) await replaceMemberships(tx, ctx, id, input.memberships);
    await audit(tx, ctx, {
      action: 'user.update',
      subjectType: 'user',
      subjectId: id,
      details: { fields: Object.keys(input).filter((k) => k !== 'version') },
    });
    return findUser(tx, id);
  });
  if (input.disabled || input.memberships) await revokeUserSessions(ctx.db, id);
  return user;
}

export async function issueResetLink(ctx: Ctx, publicUrl: string, id: string, resetTwoFactor: boolean) {
  await getUser(ctx, id); // in the caller's organisation, or not found
  return ctx.db.transaction(async (tx) => {
    const link = await issueLink(tx, ctx, publicUrl, id, 'reset', resetTwoFactor);
    await audit(tx, ctx, {
      action: 'user.reset_link',
      subjectType: 'user',
      subjectId: id,
      details: { resetTwoFactor },
    });
    return link;
  });
}
