import type { z } from 'zod';
import type { Area, CreateAreaInput, UpdateAreaInput } from '#shared/volunteers.ts';
import { inTenant } from '../db/tenant.ts';
import type { Queryable } from '../db/types.ts';
import { audit } from '../lib/audit.ts';
import type { Ctx } from '../lib/context.ts';
import { AppError } from '../lib/errors.ts';
import { newId } from '../lib/ids.ts';
import { updateVersioned } from '../lib/versioned.ts';
import { presentArea, type AreaRow } from './presenter.ts';

/**
 * The unit's areas (districts) with the coordinates of their centre: volunteers and participants choose one,
 * and the matching engine measures distances between them. An area in use is made inactive, never deleted.
 */

const unitOf = (ctx: Ctx) => {
  if (!ctx.actor.unitId) throw new AppError('forbidden', 'Choose a unit first.');
  return ctx.actor.unitId;
};

const nameTaken = (error: unknown) => {
  if ((error as { code?: string }).code === '23505') {
    const message = 'The unit already has an area with this name.';
    return new AppError('validation', message, { errors: [{ path: ['name'], message, code: 'custom' }] });
  }
  return error;
};

export function listAreas(ctx: Ctx): Promise<Area[]> {
  return inTenant(ctx, async (tx) => {
    const { rows } = await tx.query<AreaRow>(
      'select id, name, lat, lon, active, version from unit_areas where unit_id = $1 order by name',
      [unitOf(ctx)],
    );
    return rows.map(presentArea);
  });
}

export function createArea(ctx: Ctx, input: z.output<typeof CreateAreaInput>): Promise<Area> {
  return inTenant(ctx, async (tx) => {
    const id = newId();
    const { rows } = await tx
      .query<AreaRow>(
        `insert into unit_areas (id, unit_id, name, lat, lon) values ($1, $2, $3, $4, $5)
         returning id, name, lat, lon, active, version`,
        [id, unitOf(ctx), input.name, input.lat, input.lon],
      )
      .catch((error: unknown) => {
        throw nameTaken(error);
      });
    await audit(tx, ctx, { action: 'area.create', subjectType: 'unit_area', subjectId: id });
    return presentArea(rows[0]!);
  });
}

async function areaOf(tx: Queryable, ctx: Ctx, id: string) {
  const { rows } = await tx.query<AreaRow>(
    'select id, name, lat, lon, active, version from unit_areas where id = $1 and unit_id = $2',
    [id, unitOf(ctx)],
  );
  return rows[0];
}

export function updateArea(ctx: Ctx, id: string, input: z.output<typeof UpdateAreaInput>): Promise<Area> {
  return inTenant(ctx, async (tx) => {
    if (!(await areaOf(tx, ctx, id))) throw new AppError('not_found', 'Area not found');
    const row = await updateVersioned<AreaRow>(
      tx,
      'unit_areas',
      id,
      input.version,
      {
        name: input.name,
        lat: input.lat,
        lon: input.lon,
        active: input.active,
        updated_at: new Date(),
        updated_by: ctx.actor.userId,
      },
      'Area',
      async () => presentArea((await areaOf(tx, ctx, id))!),
    ).catch((error: unknown) => {
      throw nameTaken(error);
    });
    await audit(tx, ctx, { action: 'area.update', subjectType: 'unit_area', subjectId: id });
    return presentArea(row);
  });
}
