import type { Role } from '#shared/roles.ts';
import { isOrganisationRole } from '#shared/roles.ts';
import { createSession } from '#server/auth/sessions.ts';
import type { Db, Queryable } from '#server/db/types.ts';
import type { Ctx } from '#server/lib/context.ts';
import { newId } from '#server/lib/ids.ts';

export async function createOrganisation(db: Queryable, name = 'Samordningsförbundet Test') {
  const id = newId();
  await db.query('insert into organisations (id, name) values ($1, $2)', [id, name]);
  return { id, name };
}

export async function createUnit(
  db: Queryable,
  organisationId: string,
  name = `Kommun ${newId().slice(-6)}`,
) {
  const id = newId();
  await db.query('insert into units (id, organisation_id, name) values ($1, $2, $3)', [
    id,
    organisationId,
    name,
  ]);
  return { id, name };
}

export type StaffSession = {
  userId: string;
  membershipId: string;
  name: string;
  cookie: string;
  csrfToken: string;
  role: Role;
  organisationId: string;
  unitId: string | null;
};

/** A staff account with one role and a session that has passed the second factor. */
export async function createStaff(
  db: Queryable,
  input: {
    organisationId: string;
    role: Role;
    unitId?: string;
    email?: string;
    passwordHash?: string;
    totpSecret?: string;
  },
): Promise<StaffSession> {
  const userId = newId();
  const membershipId = newId();
  const name = `Test ${input.role}`;
  const unitId = isOrganisationRole(input.role) ? null : input.unitId;
  if (unitId === undefined) throw new Error(`role ${input.role} needs a unitId`);
  await db.query(
    `insert into users (id, organisation_id, email, name, password_hash, totp_secret) values ($1, $2, $3, $4, $5, $6)`,
    [
      userId,
      input.organisationId,
      input.email ?? `${input.role}.${userId.slice(-8)}@example.test`,
      name,
      input.passwordHash ?? null,
      input.totpSecret ?? null,
    ],
  );
  await db.query(
    'insert into memberships (id, organisation_id, user_id, unit_id, role) values ($1, $2, $3, $4, $5)',
    [membershipId, input.organisationId, userId, unitId, input.role],
  );
  const { token, csrfToken } = await createSession(db, {
    userId,
    membershipId,
    hours: 1,
    ip: '127.0.0.1',
    secondFactor: true,
  });
  return {
    userId,
    membershipId,
    name,
    cookie: `rodtrad_session=${token}`,
    csrfToken,
    role: input.role,
    organisationId: input.organisationId,
    unitId,
  };
}

/** A service's context for a staff member, as a request in her session would give it (for inTenant too). */
export function staffCtx(db: Db, staff: StaffSession): Ctx {
  const { userId, name, organisationId, membershipId, role, unitId } = staff;
  return {
    db,
    actor: { userId, name, organisationId, membershipId, role, unitId },
    requestId: newId(),
    ip: '127.0.0.1',
  };
}

export async function createParticipant(
  db: Queryable,
  unitId: string,
  firstName = 'Amina',
  lastName = 'Testsson',
) {
  const id = newId();
  await db.query('insert into participants (id, unit_id, first_name, last_name) values ($1, $2, $3, $4)', [
    id,
    unitId,
    firstName,
    lastName,
  ]);
  return { id, unitId, firstName, lastName };
}
