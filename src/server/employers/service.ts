import type { z } from 'zod';
import type {
  CreateEmployerInput,
  Employer,
  EmployerListQuery,
  EmployerPage,
  EmployerSummary,
  UpdateEmployerInput,
} from '#shared/employers.ts';
import { inTenant } from '../db/tenant.ts';
import type { Queryable } from '../db/types.ts';
import { audit } from '../lib/audit.ts';
import type { Ctx } from '../lib/context.ts';
import { AppError, notFound, versionConflict } from '../lib/errors.ts';
import { newId } from '../lib/ids.ts';
import { updateVersioned } from '../lib/versioned.ts';
import {
  columns,
  presentEmployer,
  presentEmployerSummary,
  type EmployerRow,
  type Field,
} from './presenter.ts';

type CreateInput = z.output<typeof CreateEmployerInput>;
type UpdateInput = z.output<typeof UpdateEmployerInput>;

function unitOf(ctx: Ctx): string {
  if (!ctx.actor.unitId) throw new AppError('forbidden', 'Choose a unit first.');
  return ctx.actor.unitId;
}

/** The digits of a query that looks like (the start of) an organisation number, else null. */
function numberDigits(q: string | undefined): string | null {
  if (!q || !/^[\d\s-]+$/.test(q)) return null;
  const digits = q.replace(/\D/g, '');
  return digits.length >= 3 && digits.length <= 10 ? digits : null;
}

export async function listEmployers(
  ctx: Ctx,
  query: z.output<typeof EmployerListQuery>,
): Promise<EmployerPage> {
  const unitId = unitOf(ctx);
  return inTenant(ctx, async (tx) => {
    const filter = `unit_id = $1
      and ($2::text is null or name ilike '%' || $2 || '%' or $2 <% name
           or ($3::text is not null and organisation_number like $3 || '%'))
      and ($4::text is null or offers @> array[$4::text])`;
    const params = [unitId, query.q || null, numberDigits(query.q), query.offer ?? null];
    const [page, count] = await Promise.all([
      tx.query<EmployerRow>(`select * from employers where ${filter} order by name, id limit $5 offset $6`, [
        ...params,
        query.limit,
        query.offset,
      ]),
      tx.query<{ total: number }>(`select count(*)::int as total from employers where ${filter}`, params),
    ]);
    await audit(tx, ctx, {
      action: 'employer.list',
      // A sole trader's number is her personnummer: the log says a number was searched, not which.
      details: {
        q: numberDigits(query.q) ? '(organisation number)' : (query.q ?? null),
        offer: query.offer ?? null,
        offset: query.offset,
        returned: page.rows.length,
      },
    });
    return { items: page.rows.map(presentEmployerSummary), total: count.rows[0]!.total };
  });
}

export async function getEmployer(ctx: Ctx, id: string): Promise<Employer> {
  const unitId = unitOf(ctx);
  const row = await inTenant(ctx, async (tx) => {
    const { rows } = await tx.query<EmployerRow>('select * from employers where id = $1 and unit_id = $2', [
      id,
      unitId,
    ]);
    // Another unit's id, or none: the attempt is recorded all the same.
    await audit(tx, ctx, {
      action: 'employer.read',
      outcome: rows[0] ? 'ok' : 'denied',
      subjectType: 'employer',
      subjectId: id,
    });
    return rows[0];
  });
  if (!row) throw notFound('Employer');
  return presentEmployer(row);
}

/** Column values for the fields present in the input; the JSON columns go as text. */
function columnValues(input: Partial<Record<Field, unknown>>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [field, column] of Object.entries(columns) as [Field, string][]) {
    const value = input[field];
    if (value === undefined) continue;
    values[column] = field === 'addresses' || field === 'contacts' ? JSON.stringify(value) : value;
  }
  return values;
}

async function findByNumber(
  tx: Queryable,
  unitId: string,
  organisationNumber: string,
  exceptId: string | null = null,
): Promise<EmployerSummary | null> {
  const { rows } = await tx.query<EmployerRow>(
    `select * from employers where unit_id = $1 and organisation_number = $2 and ($3::uuid is null or id <> $3)`,
    [unitId, organisationNumber, exceptId],
  );
  return rows[0] ? presentEmployerSummary(rows[0]) : null;
}

const numberTaken = (existing: EmployerSummary | null) =>
  new AppError(
    'organisation_number_taken',
    'An employer with this organisation number is already registered.',
    {
      existing,
    },
  );

/** Two requests registered the same number at once: the unique index refused the second. */
async function refusingTakenNumber<T>(ctx: Ctx, number: string | null | undefined, work: () => Promise<T>) {
  try {
    return await work();
  } catch (error) {
    if ((error as { code?: unknown })?.code !== '23505' || !number) throw error;
    throw numberTaken(await inTenant(ctx, (tx) => findByNumber(tx, unitOf(ctx), number)));
  }
}

/** Registers an employer, unless the unit already has one with the same organisation number. */
export async function createEmployer(ctx: Ctx, input: CreateInput): Promise<Employer> {
  const unitId = unitOf(ctx);
  const outcome = await refusingTakenNumber(ctx, input.organisationNumber, () =>
    inTenant(ctx, async (tx) => {
      const existing = input.organisationNumber
        ? await findByNumber(tx, unitId, input.organisationNumber)
        : null;
      if (existing) {
        await audit(tx, ctx, {
          action: 'employer.create',
          outcome: 'denied',
          subjectType: 'employer',
          subjectId: existing.id,
          details: { reason: 'organisation_number_taken' },
        });
        return { existing };
      }
      const values = { ...columnValues(input), id: newId(), unit_id: unitId, created_by: ctx.actor.userId };
      const names = Object.keys(values);
      const { rows } = await tx.query<EmployerRow>(
        `insert into employers (${names.join(', ')}) values (${names.map((_, i) => `$${i + 1}`).join(', ')})
         returning *`,
        Object.values(values),
      );
      const row = rows[0]!;
      await audit(tx, ctx, {
        action: 'employer.create',
        subjectType: 'employer',
        subjectId: row.id,
        details: { fields: (Object.keys(columns) as Field[]).filter((f) => input[f] != null) },
      });
      return { row };
    }),
  );
  if (outcome.existing) throw numberTaken(outcome.existing);
  return presentEmployer(outcome.row);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Changes the fields given, at the version the caller read. A stale version answers 409 with the current
 * record, so the form can show what changed; the audit entry names the changed fields, never their values.
 */
export async function updateEmployer(ctx: Ctx, id: string, input: UpdateInput): Promise<Employer> {
  const unitId = unitOf(ctx);
  const { version, ...given } = input;
  const outcome = await refusingTakenNumber(ctx, given.organisationNumber, () =>
    inTenant(ctx, async (tx) => {
      const { rows } = await tx.query<EmployerRow>(
        'select * from employers where id = $1 and unit_id = $2 for update',
        [id, unitId],
      );
      const row = rows[0];
      const event = { action: 'employer.update', subjectType: 'employer', subjectId: id };
      if (!row) {
        await audit(tx, ctx, { ...event, outcome: 'denied' });
        return { kind: 'missing' as const };
      }
      const current = presentEmployer(row);
      if (row.version !== version) {
        await audit(tx, ctx, { ...event, outcome: 'failed', details: { reason: 'version_conflict' } });
        return { kind: 'conflict' as const, current };
      }
      const changed = (Object.keys(columns) as Field[]).filter(
        (f) => given[f] !== undefined && !same(given[f], current[f]),
      );
      if (changed.includes('organisationNumber') && given.organisationNumber) {
        const existing = await findByNumber(tx, unitId, given.organisationNumber, id);
        if (existing) return { kind: 'taken' as const, existing };
      }
      const updated = await updateVersioned<EmployerRow>(
        tx,
        'employers',
        id,
        version,
        changed.length
          ? {
              ...columnValues(Object.fromEntries(changed.map((f) => [f, given[f]]))),
              updated_at: new Date(),
              updated_by: ctx.actor.userId,
            }
          : {},
        'Employer',
        async () => current,
      );
      await audit(tx, ctx, { ...event, details: { fields: changed } });
      return { kind: 'ok' as const, row: updated };
    }),
  );
  switch (outcome.kind) {
    case 'missing':
      throw notFound('Employer');
    case 'conflict':
      throw new AppError('version_conflict', versionConflict().message, { current: outcome.current });
    case 'taken':
      throw numberTaken(outcome.existing);
    case 'ok':
      return presentEmployer(outcome.row);
  }
}
