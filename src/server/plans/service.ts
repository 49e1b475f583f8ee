import type { z } from 'zod';
import type {
  CreateGoalInput,
  CreateStepInput,
  Plan,
  PlanGoal,
  PlanStep,
  UpdateGoalInput,
  UpdateStepInput,
} from '#shared/plans.ts';
import { inTenant } from '../db/tenant.ts';
import type { Queryable } from '../db/types.ts';
import { audit } from '../lib/audit.ts';
import type { Ctx } from '../lib/context.ts';
import { AppError, notFound } from '../lib/errors.ts';
import { newId } from '../lib/ids.ts';
import { forParticipant } from '../lib/participant-access.ts';
import { updateVersioned } from '../lib/versioned.ts';
import { notify } from '../notifications/service.ts';

const stepSelect = `
  select s.id, s.goal_id as "goalId", s.title, s.owner_user_id as "ownerUserId", u.name as "ownerName",
         s.owner_is_participant as "ownerIsParticipant", s.due_on as "dueOn", s.status, s.version
    from plan_steps s left join users u on u.id = s.owner_user_id`;

async function selectPlan(tx: Queryable, participantId: string): Promise<Plan> {
  const goals = await tx.query<Omit<PlanGoal, 'steps'>>(
    `select id, domain_key as "domainKey", title, status, version from plan_goals
      where participant_id = $1 order by status = 'open' desc, created_at`,
    [participantId],
  );
  const steps = await tx.query<PlanStep>(
    `${stepSelect} where s.participant_id = $1 order by s.due_on nulls last, s.created_at`,
    [participantId],
  );
  const history = await tx.query<{
    at: Date;
    actorName: string | null;
    kind: string;
    goalId: string | null;
    stepId: string | null;
    data: Record<string, unknown>;
  }>(
    `select e.at, u.name as "actorName", e.kind, e.goal_id as "goalId", e.step_id as "stepId", e.data
       from plan_events e left join users u on u.id = e.actor_user_id
      where e.participant_id = $1 order by e.id desc limit 200`,
    [participantId],
  );
  return {
    goals: goals.rows.map((g) => ({ ...g, steps: steps.rows.filter((s) => s.goalId === g.id) })),
    history: history.rows.map((h) => ({ ...h, at: h.at.toISOString() })),
  };
}

/** Records a change in the plan's history (and the audit log). */
async function recordEvent(
  tx: Queryable,
  ctx: Ctx,
  participantId: string,
  event: { kind: string; goalId?: string; stepId?: string; data?: Record<string, unknown> },
) {
  await tx.query(
    `insert into plan_events (unit_id, participant_id, actor_user_id, kind, goal_id, step_id, data)
     values ($1, $2, $3, $4, $5, $6, $7)`,
    [
      ctx.actor.unitId,
      participantId,
      ctx.actor.userId,
      event.kind,
      event.goalId ?? null,
      event.stepId ?? null,
      JSON.stringify(event.data ?? {}),
    ],
  );
  await audit(tx, ctx, {
    action: `plan.${event.kind}`,
    participantId,
    subjectType: event.stepId ? 'plan_step' : 'plan_goal',
    subjectId: event.stepId ?? event.goalId,
  });
}

/** A step's owner is a member of her team (or the participant herself); the new owner is told. */
async function checkOwner(
  tx: Queryable,
  ctx: Ctx,
  participantId: string,
  ownerUserId: string | null | undefined,
  stepTitle: string,
) {
  if (!ownerUserId) return;
  const member = await tx.query('select 1 from team_members where participant_id = $1 and user_id = $2', [
    participantId,
    ownerUserId,
  ]);
  if (!member.rows.length)
    throw new AppError('validation', 'The owner of a step must be in the participant’s team.');
  if (ownerUserId !== ctx.actor.userId) {
    await notify(tx, ctx, {
      userId: ownerUserId,
      kind: 'plan.step_assigned',
      participantId,
      payload: { title: stepTitle, by: ctx.actor.name },
    });
  }
}

export function getPlan(ctx: Ctx, participantId: string): Promise<Plan> {
  return forParticipant(ctx, participantId, 'plan.read', async (tx) => {
    await audit(tx, ctx, { action: 'plan.read', participantId });
    return selectPlan(tx, participantId);
  });
}

export function createGoal(
  ctx: Ctx,
  participantId: string,
  input: z.output<typeof CreateGoalInput>,
): Promise<Plan> {
  return forParticipant(ctx, participantId, 'plan.goal_created', async (tx) => {
    const id = newId();
    await tx.query(
      'insert into plan_goals (id, unit_id, participant_id, domain_key, title, created_by) values ($1, $2, $3, $4, $5, $6)',
      [id, ctx.actor.unitId, participantId, input.domainKey ?? null, input.title, ctx.actor.userId],
    );
    await recordEvent(tx, ctx, participantId, {
      kind: 'goal_created',
      goalId: id,
      data: { title: input.title, domainKey: input.domainKey ?? null },
    });
    return selectPlan(tx, participantId);
  });
}

/**
 * The fields of an edit that differ from the row, for the plan's history: the forms send every field, and
 * "set the step to To do" when only its title changed would be noise.
 */
function changedFields<I extends Record<string, unknown>>(
  row: Record<string, unknown>,
  input: I,
  columns: Partial<Record<keyof I, string>>,
): Partial<I> {
  return Object.fromEntries(
    Object.entries(columns)
      .filter(
        ([field, column]) => input[field] !== undefined && (row[column!] ?? null) !== (input[field] ?? null),
      )
      .map(([field]) => [field, input[field]]),
  ) as Partial<I>;
}

async function participantOf(tx: Queryable, table: 'plan_goals' | 'plan_steps', id: string, what: string) {
  const { rows } = await tx.query<
    { participant_id: string; goal_id?: string; title: string } & Record<string, unknown>
  >(`select * from ${table} where id = $1`, [id]);
  if (!rows[0]) throw notFound(what);
  return rows[0];
}

export function updateGoal(ctx: Ctx, id: string, input: z.output<typeof UpdateGoalInput>): Promise<Plan> {
  return inTenant(ctx, async (tx) => {
    const goal = await participantOf(tx, 'plan_goals', id, 'Goal');
    const { participant_id } = goal;
    await updateVersioned(
      tx,
      'plan_goals',
      id,
      input.version,
      { title: input.title, domain_key: input.domainKey, status: input.status },
      'Goal',
      () => selectPlan(tx, participant_id),
    );
    const changes = changedFields(goal, input, { title: 'title', domainKey: 'domain_key', status: 'status' });
    if (Object.keys(changes).length)
      await recordEvent(tx, ctx, participant_id, { kind: 'goal_updated', goalId: id, data: changes });
    return selectPlan(tx, participant_id);
  });
}

export function createStep(ctx: Ctx, goalId: string, input: z.output<typeof CreateStepInput>): Promise<Plan> {
  return inTenant(ctx, async (tx) => {
    const { participant_id } = await participantOf(tx, 'plan_goals', goalId, 'Goal');
    await checkOwner(tx, ctx, participant_id, input.ownerUserId, input.title);
    const id = newId();
    await tx.query(
      `insert into plan_steps (id, unit_id, participant_id, goal_id, title, owner_user_id, owner_is_participant, due_on)
       values ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        id,
        ctx.actor.unitId,
        participant_id,
        goalId,
        input.title,
        input.ownerUserId ?? null,
        input.ownerIsParticipant,
        input.dueOn ?? null,
      ],
    );
    await recordEvent(tx, ctx, participant_id, {
      kind: 'step_created',
      goalId,
      stepId: id,
      data: { title: input.title, dueOn: input.dueOn ?? null },
    });
    return selectPlan(tx, participant_id);
  });
}

export function updateStep(ctx: Ctx, id: string, input: z.output<typeof UpdateStepInput>): Promise<Plan> {
  return inTenant(ctx, async (tx) => {
    const step = await participantOf(tx, 'plan_steps', id, 'Step');
    if (input.ownerUserId !== undefined)
      await checkOwner(tx, ctx, step.participant_id, input.ownerUserId, step.title);
    await updateVersioned(
      tx,
      'plan_steps',
      id,
      input.version,
      {
        title: input.title,
        owner_user_id: input.ownerUserId,
        // Choosing a colleague makes the step hers, not the participant's.
        owner_is_participant: input.ownerUserId ? false : input.ownerIsParticipant,
        due_on: input.dueOn,
        status: input.status,
        updated_at: new Date(),
      },
      'Step',
      () => selectPlan(tx, step.participant_id),
    );
    const changes = changedFields(step, input, {
      title: 'title',
      ownerUserId: 'owner_user_id',
      ownerIsParticipant: 'owner_is_participant',
      dueOn: 'due_on',
      status: 'status',
    });
    if (Object.keys(changes).length)
      await recordEvent(tx, ctx, step.participant_id, {
        kind: 'step_updated',
        goalId: step.goal_id,
        stepId: id,
        data: changes,
      });
    return selectPlan(tx, step.participant_id);
  });
}
