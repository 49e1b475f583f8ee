import type { z } from 'zod';
import type { Activity, ActivityType, CreateActivityInput, UpdateActivityInput } from '#shared/activities.ts';
import { inTenant } from '../db/tenant.ts';
import type { Queryable } from '../db/types.ts';
import { audit } from '../lib/audit.ts';
import type { Ctx } from '../lib/context.ts';
import { AppError, notFound } from '../lib/errors.ts';
import { newId } from '../lib/ids.ts';
import { updateVersioned } from '../lib/versioned.ts';
import { activitySelect, presentActivity, type ActivityRow } from './presenter.ts';

export function unitOf(ctx: Ctx): string {
  if (!ctx.actor.unitId) throw new AppError('forbidden', 'Choose a unit first.');
  return ctx.actor.unitId;
}

export function listActivityTypes(ctx: Ctx): Promise<ActivityType[]> {
  return inTenant(ctx, async (tx) => {
    const { rows } = await tx.query<ActivityType>(
      `select key, label_sv as "labelSv", label_en as "labelEn" from activity_types
        where archived_at is null order by organisation_id nulls first, label_sv`,
    );
    return rows;
  });
}

export async function findActivity(tx: Queryable, id: string): Promise<Activity> {
  const { rows } = await tx.query<ActivityRow>(`${activitySelect} where a.id = $1`, [id]);
  if (!rows[0]) throw notFound('Activity');
  return presentActivity(rows[0]);
}

export function listActivities(ctx: Ctx): Promise<Activity[]> {
  const unitId = unitOf(ctx);
  return inTenant(ctx, async (tx) => {
    const { rows } = await tx.query<ActivityRow>(
      `${activitySelect} where a.unit_id = $1 order by a.archived_at is not null, a.title`,
      [unitId],
    );
    return rows.map(presentActivity);
  });
}

export const getActivity = (ctx: Ctx, id: string) => inTenant(ctx, (tx) => findActivity(tx, id));

async function checkType(tx: Queryable, type: string | undefined) {
  if (type === undefined) return;
  const { rows } = await tx.query('select 1 from activity_types where key = $1 and archived_at is null', [
    type,
  ]);
  if (!rows.length) {
    throw new AppError('validation', 'Unknown activity type.', {
      errors: [{ path: ['type'], message: 'Unknown activity type.', code: 'custom' }],
    });
  }
}

/** Replaces the staff leading an activity; only active staff of the unit (not partners) can lead. */
async function setStaff(tx: Queryable, unitId: string, activityId: string, staffIds: string[] | undefined) {
  if (staffIds === undefined) return;
  const ids = [...new Set(staffIds)];
  const { rows } = await tx.query<{ user_id: string }>(
    `select distinct m.user_id from memberships m join users u on u.id = m.user_id
      where m.user_id = any($1::uuid[]) and m.unit_id = $2 and m.role <> 'partner' and u.disabled_at is null`,
    [ids, unitId],
  );
  if (rows.length !== ids.length) {
    throw new AppError('validation', 'Only staff of this unit can lead an activity.', {
      errors: [
        { path: ['staffIds'], message: 'Only staff of this unit can lead an activity.', code: 'custom' },
      ],
    });
  }
  await tx.query('delete from activity_staff where activity_id = $1', [activityId]);
  await tx.query(
    `insert into activity_staff (activity_id, unit_id, user_id) select $1, $2, unnest($3::uuid[])`,
    [activityId, unitId, ids],
  );
}

export function createActivity(ctx: Ctx, input: z.output<typeof CreateActivityInput>): Promise<Activity> {
  const unitId = unitOf(ctx);
  return inTenant(ctx, async (tx) => {
    await checkType(tx, input.type);
    const id = newId();
    await tx.query(
      `insert into activities (id, unit_id, type, title, description, place, online_url, languages, capacity, created_by)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        id,
        unitId,
        input.type,
        input.title,
        input.description ?? null,
        input.place ?? null,
        input.onlineUrl ?? null,
        input.languages,
        input.capacity ?? null,
        ctx.actor.userId,
      ],
    );
    await setStaff(tx, unitId, id, input.staffIds);
    await audit(tx, ctx, { action: 'activity.create', subjectType: 'activity', subjectId: id });
    return findActivity(tx, id);
  });
}

export function updateActivity(
  ctx: Ctx,
  id: string,
  input: z.output<typeof UpdateActivityInput>,
): Promise<Activity> {
  const unitId = unitOf(ctx);
  return inTenant(ctx, async (tx) => {
    await checkType(tx, input.type);
    await updateVersioned(
      tx,
      'activities',
      id,
      input.version,
      {
        type: input.type,
        title: input.title,
        description: input.description,
        place: input.place,
        online_url: input.onlineUrl,
        languages: input.languages,
        capacity: input.capacity,
        archived_at: input.archived === undefined ? undefined : input.archived ? new Date() : null,
        updated_at: new Date(),
      },
      'Activity',
      () => findActivity(tx, id),
    );
    await setStaff(tx, unitId, id, input.staffIds);
    await audit(tx, ctx, {
      action: 'activity.update',
      subjectType: 'activity',
      subjectId: id,
      details: { fields: Object.keys(input).filter((k) => k !== 'version') },
    });
    return findActivity(tx, id);
  });
}
