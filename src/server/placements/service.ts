import type { z } from 'zod';
import type {
  CreatePlacementInput,
  EndPlacementInput,
  Placement,
  PlacementNoteInput,
  UpdatePlacementInput,
} from '#shared/placements.ts';
import type { Queryable } from '../db/types.ts';
import { audit } from '../lib/audit.ts';
import type { Ctx } from '../lib/context.ts';
import { AppError, notFound } from '../lib/errors.ts';
import { newId } from '../lib/ids.ts';
import { forParticipant } from '../lib/participant-access.ts';
import { updateVersioned } from '../lib/versioned.ts';
import { selectPlacements, type PlacementRow } from './presenter.ts';

type CreateInput = z.output<typeof CreatePlacementInput>;
type UpdateInput = z.output<typeof UpdatePlacementInput>;
type Supervisor = { name: string; phone: string | null; email: string | null };

const invalid = (path: (string | number)[], message: string) =>
  new AppError('validation', message, { errors: [{ path, message, code: 'custom' }] });

/** The unit's employer (another unit's is invisible here, and refused like one that does not exist). */
async function employerOf(tx: Queryable, ctx: Ctx, employerId: string) {
  const { rows } = await tx.query<{ id: string; contacts: Partial<Supervisor>[] }>(
    'select id, contacts from employers where id = $1 and unit_id = $2',
    [employerId, ctx.actor.unitId],
  );
  if (!rows[0]) throw invalid(['employerId'], 'No such employer in this unit.');
  return rows[0];
}

/** The supervisor as given, or copied from the employer's contact person of that name. */
function supervisorOf(
  input: {
    supervisor?: { name: string; phone?: string | null; email?: string | null } | null | undefined;
    supervisorContactName?: string | undefined;
  },
  contacts: Partial<Supervisor>[],
): Supervisor | null | undefined {
  if (input.supervisorContactName) {
    const name = input.supervisorContactName.toLocaleLowerCase('sv');
    const contact = contacts.find((c) => c.name?.toLocaleLowerCase('sv') === name);
    if (!contact)
      throw invalid(['supervisorContactName'], 'The employer has no contact person of that name.');
    return { name: contact.name!, phone: contact.phone ?? null, email: contact.email ?? null };
  }
  if (input.supervisor === undefined) return undefined;
  return input.supervisor
    ? {
        name: input.supervisor.name,
        phone: input.supervisor.phone ?? null,
        email: input.supervisor.email ?? null,
      }
    : null;
}

const supervisorColumns = (s: Supervisor | null | undefined) =>
  s === undefined
    ? {}
    : {
        supervisor_name: s?.name ?? null,
        supervisor_phone: s?.phone ?? null,
        supervisor_email: s?.email ?? null,
      };

/** Goals must be her own, from her individual plan. */
async function checkGoals(tx: Queryable, participantId: string, goalIds: string[]) {
  if (!goalIds.length) return;
  const { rows } = await tx.query<{ id: string }>(
    'select id from plan_goals where id = any($1::uuid[]) and participant_id = $2',
    [goalIds, participantId],
  );
  const hers = new Set(rows.map((r) => r.id));
  const index = goalIds.findIndex((id) => !hers.has(id));
  if (index >= 0) throw invalid(['goalIds', index], 'This goal is not in her individual plan.');
}

async function setGoals(tx: Queryable, ctx: Ctx, placementId: string, goalIds: string[]) {
  await tx.query('delete from placement_goals where placement_id = $1', [placementId]);
  if (goalIds.length)
    await tx.query(
      `insert into placement_goals (placement_id, goal_id, unit_id) select $1, g, $2 from unnest($3::uuid[]) g`,
      [placementId, ctx.actor.unitId, goalIds],
    );
}

async function findPlacement(tx: Queryable, participantId: string, placementId: string) {
  const { rows } = await tx.query<PlacementRow>(
    `select p.*, '' as employer_name from placements p where p.id = $1 and p.participant_id = $2 for update`,
    [placementId, participantId],
  );
  if (!rows[0]) throw notFound('Placement');
  return rows[0];
}

async function placementOf(tx: Queryable, participantId: string, placementId: string): Promise<Placement> {
  const [placement] = await selectPlacements(tx, participantId, placementId);
  if (!placement) throw notFound('Placement');
  return placement;
}

export function listPlacements(ctx: Ctx, participantId: string): Promise<Placement[]> {
  return forParticipant(ctx, participantId, 'placement.list', async (tx) => {
    const placements = await selectPlacements(tx, participantId);
    await audit(tx, ctx, {
      action: 'placement.list',
      participantId,
      details: { returned: placements.length },
    });
    return placements;
  });
}

export function createPlacement(ctx: Ctx, participantId: string, input: CreateInput): Promise<Placement> {
  return forParticipant(ctx, participantId, 'placement.create', async (tx) => {
    const employer = await employerOf(tx, ctx, input.employerId);
    const supervisor = supervisorOf(input, employer.contacts);
    const goalIds = input.goalIds ?? [];
    await checkGoals(tx, participantId, goalIds);
    const id = newId();
    const values: Record<string, unknown> = {
      id,
      unit_id: ctx.actor.unitId,
      participant_id: participantId,
      employer_id: employer.id,
      kind: input.kind,
      starts_on: input.startsOn,
      ends_on: input.endsOn,
      hours_per_week: input.hoursPerWeek ?? null,
      created_by: ctx.actor.userId,
      ...supervisorColumns(supervisor),
    };
    const names = Object.keys(values);
    await tx.query(
      `insert into placements (${names.join(', ')}) values (${names.map((_, i) => `$${i + 1}`).join(', ')})`,
      Object.values(values),
    );
    await setGoals(tx, ctx, id, goalIds);
    await audit(tx, ctx, {
      action: 'placement.create',
      participantId,
      subjectType: 'placement',
      subjectId: id,
      details: { kind: input.kind, employerId: employer.id, goals: goalIds.length },
    });
    return placementOf(tx, participantId, id);
  });
}

/**
 * Changes the fields given, at the version the caller read; a stale version answers 409 with the placement as
 * it is now. The dates are checked together with the stored ones, so moving only the start past the end is
 * refused too. The audit entry names the changed fields, not their values.
 */
export function updatePlacement(
  ctx: Ctx,
  participantId: string,
  placementId: string,
  input: UpdateInput,
): Promise<Placement> {
  return forParticipant(ctx, participantId, 'placement.update', async (tx) => {
    const row = await findPlacement(tx, participantId, placementId);
    const current = () => placementOf(tx, participantId, placementId);
    if (row.version !== input.version) {
      throw new AppError('version_conflict', 'Someone else changed this placement since you opened it.', {
        current: await current(),
      });
    }
    const startsOn = input.startsOn ?? row.starts_on;
    const endsOn = input.endsOn ?? row.ends_on;
    if (endsOn < startsOn) {
      throw invalid([input.endsOn ? 'endsOn' : 'startsOn'], 'The end cannot come before the start.');
    }
    if (row.status === 'ended_early' && input.status) {
      throw invalid(['status'], 'The placement has ended early; its status can no longer change.');
    }
    let supervisor: Supervisor | null | undefined;
    if (input.supervisor !== undefined || input.supervisorContactName) {
      supervisor = supervisorOf(input, (await employerOf(tx, ctx, row.employer_id)).contacts);
    }
    if (input.goalIds) await checkGoals(tx, participantId, input.goalIds);
    const changes: Record<string, unknown> = {
      kind: input.kind,
      starts_on: input.startsOn,
      ends_on: input.endsOn,
      hours_per_week: input.hoursPerWeek,
      status: input.status,
      ...supervisorColumns(supervisor),
    };
    const fields = Object.entries(changes)
      .filter(([, v]) => v !== undefined)
      .map(([k]) => k);
    if (input.goalIds) fields.push('goals');
    await updateVersioned(
      tx,
      'placements',
      placementId,
      input.version,
      { ...changes, updated_at: new Date(), updated_by: ctx.actor.userId },
      'Placement',
      current,
    );
    if (input.goalIds) await setGoals(tx, ctx, placementId, input.goalIds);
    await audit(tx, ctx, {
      action: 'placement.update',
      participantId,
      subjectType: 'placement',
      subjectId: placementId,
      details: { fields },
    });
    return current();
  });
}

/** Ends a placement before its planned end, with the reason (kept with the placement). */
export function endPlacementEarly(
  ctx: Ctx,
  participantId: string,
  placementId: string,
  input: z.output<typeof EndPlacementInput>,
): Promise<Placement> {
  return forParticipant(ctx, participantId, 'placement.end_early', async (tx) => {
    const row = await findPlacement(tx, participantId, placementId);
    const current = () => placementOf(tx, participantId, placementId);
    if (row.version !== input.version) {
      throw new AppError('version_conflict', 'Someone else changed this placement since you opened it.', {
        current: await current(),
      });
    }
    if (row.status === 'ended_early' || row.status === 'completed') {
      throw new AppError('conflict', 'The placement has already ended.');
    }
    if (input.endedOn < row.starts_on || input.endedOn > row.ends_on) {
      throw invalid(['endedOn'], 'The day it ended must lie within the placement’s period.');
    }
    await updateVersioned(
      tx,
      'placements',
      placementId,
      input.version,
      {
        status: 'ended_early',
        ended_early_on: input.endedOn,
        end_reason: input.reason,
        updated_at: new Date(),
        updated_by: ctx.actor.userId,
      },
      'Placement',
      current,
    );
    await audit(tx, ctx, {
      action: 'placement.end_early',
      participantId,
      subjectType: 'placement',
      subjectId: placementId,
    });
    return current();
  });
}

/** A follow-up note; notes are never changed or removed (the database refuses). */
export function addPlacementNote(
  ctx: Ctx,
  participantId: string,
  placementId: string,
  input: z.output<typeof PlacementNoteInput>,
): Promise<Placement> {
  return forParticipant(ctx, participantId, 'placement.note', async (tx) => {
    await findPlacement(tx, participantId, placementId);
    const id = newId();
    await tx.query(
      `insert into placement_notes (id, placement_id, unit_id, participant_id, body, author_user_id)
       values ($1, $2, $3, $4, $5, $6)`,
      [id, placementId, ctx.actor.unitId, participantId, input.body, ctx.actor.userId],
    );
    await audit(tx, ctx, {
      action: 'placement.note',
      participantId,
      subjectType: 'placement',
      subjectId: placementId,
    });
    return placementOf(tx, participantId, placementId);
  });
}
