import type { SetupInput } from '#shared/setup.ts';
import { hashPassword } from '../auth/passwords.ts';
import type { Queryable } from '../db/types.ts';
import { audit } from '../lib/audit.ts';
import type { SystemCtx } from '../lib/context.ts';
import { AppError } from '../lib/errors.ts';
import { hashToken, newId, newToken } from '../lib/ids.ts';

export async function needsSetup(db: Queryable): Promise<boolean> {
  const { rows } = await db.query('select 1 from users limit 1');
  return rows.length === 0;
}

/** While no account exists, each start issues a fresh one-time link for creating the first administrator. */
export async function issueSetupToken(db: Queryable): Promise<string | null> {
  if (!(await needsSetup(db))) return null;
  const token = newToken();
  await db.query("delete from one_time_tokens where purpose = 'setup'");
  await db.query(
    "insert into one_time_tokens (token_hash, purpose, expires_at) values ($1, 'setup', now() + interval '7 days')",
    [hashToken(token)],
  );
  return token;
}

export async function completeSetup(ctx: SystemCtx, input: SetupInput & { email: string }) {
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction(async (tx) => {
    const used = await tx.query(
      `update one_time_tokens set used_at = now()
        where token_hash = $1 and purpose = 'setup' and used_at is null and expires_at > now()`,
      [hashToken(input.token)],
    );
    if (!used.rowCount || !(await needsSetup(tx))) {
      throw new AppError('gone', 'This setup link has expired or has already been used.');
    }
    const organisationId = newId();
    const userId = newId();
    await tx.query('insert into organisations (id, name) values ($1, $2)', [
      organisationId,
      input.organisationName,
    ]);
    await tx.query(
      `insert into users (id, organisation_id, email, name, password_hash) values ($1, $2, $3, $4, $5)`,
      [userId, organisationId, input.email, input.name, passwordHash],
    );
    await tx.query(
      `insert into memberships (id, organisation_id, user_id, unit_id, role) values ($1, $2, $3, null, 'administrator')`,
      [newId(), organisationId, userId],
    );
    await audit(tx, ctx, {
      action: 'setup.completed',
      organisationId,
      actorUserId: userId,
      unitId: null,
      subjectType: 'organisation',
      subjectId: organisationId,
    });
    return { organisationId, userId };
  });
}
