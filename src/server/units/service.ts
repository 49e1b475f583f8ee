import type { CreateUnitInput, Unit, UpdateUnitInput } from '#shared/units.ts';
import { inTenant } from '../db/tenant.ts';
import { audit } from '../lib/audit.ts';
import type { Ctx } from '../lib/context.ts';
import { AppError, notFound } from '../lib/errors.ts';
import { newId } from '../lib/ids.ts';
import { updateVersioned } from '../lib/versioned.ts';
import { presentUnit, type UnitRow } from './presenter.ts';

export async function listUnits(ctx: Ctx): Promise<Unit[]> {
  return inTenant(ctx, async (tx) => {
    // A unit manager sees the unit she manages; an administrator sees the whole organisation.
    const { rows } = await tx.query<UnitRow>(
      `select * from units where ($1::uuid is null or id = $1) order by archived_at is not null, name`,
      [ctx.actor.unitId],
    );
    return rows.map(presentUnit);
  });
}

export async function getUnit(ctx: Ctx, id: string): Promise<Unit> {
  return inTenant(ctx, async (tx) => {
    const { rows } = await tx.query<UnitRow>(
      'select * from units where id = $1 and ($2::uuid is null or id = $2)',
      [id, ctx.actor.unitId],
    );
    if (!rows[0]) throw notFound('Unit');
    return presentUnit(rows[0]);
  });
}

export async function createUnit(ctx: Ctx, input: CreateUnitInput): Promise<Unit> {
  return inTenant(ctx, async (tx) => {
    const taken = await tx.query('select 1 from units where lower(name) = lower($1)', [input.name]);
    if (taken.rows.length) throw new AppError('name_taken', 'A unit with this name already exists.');
    const { rows } = await tx.query<UnitRow>(
      `insert into units (id, organisation_id, name, municipality_code) values ($1, $2, $3, $4) returning *`,
      [newId(), ctx.actor.organisationId, input.name, input.municipalityCode ?? null],
    );
    const unit = rows[0]!;
    await audit(tx, ctx, {
      action: 'unit.create',
      subjectType: 'unit',
      subjectId: unit.id,
      details: { name: unit.name },
    });
    return presentUnit(unit);
  });
}

export async function updateUnit(ctx: Ctx, id: string, input: UpdateUnitInput): Promise<Unit> {
  return inTenant(ctx, async (tx) => {
    const row = await updateVersioned<UnitRow>(
      tx,
      'units',
      id,
      input.version,
      {
        name: input.name,
        municipality_code: input.municipalityCode,
        archived_at: input.archived === undefined ? undefined : input.archived ? new Date() : null,
      },
      'Unit',
      async () => presentUnit((await tx.query<UnitRow>('select * from units where id = $1', [id])).rows[0]!),
    );
    await audit(tx, ctx, {
      action: 'unit.update',
      subjectType: 'unit',
      subjectId: id,
      details: { fields: Object.keys(input).filter((k) => k !== 'version') },
    });
    return presentUnit(row);
  });
}
