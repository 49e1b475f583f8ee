import type { z } from 'zod';
import type { EnrolInput, Enrolment, ExitInput } from '#shared/enrolments.ts';
import { inTenant } from '../db/tenant.ts';
import type { Queryable } from '../db/types.ts';
import { audit } from '../lib/audit.ts';
import type { Ctx } from '../lib/context.ts';
import { AppError, notFound } from '../lib/errors.ts';
import { newId } from '../lib/ids.ts';
import { forParticipant } from '../lib/participant-access.ts';
import { updateVersioned } from '../lib/versioned.ts';
import { cancelOpenFollowUps, createFollowUps } from '../milestones/follow-ups.ts';
import { enrolmentSelect, presentEnrolment, type EnrolmentRow } from './presenter.ts';

async function findEnrolment(tx: Queryable, id: string): Promise<Enrolment> {
  const { rows } = await tx.query<EnrolmentRow>(`${enrolmentSelect} where e.id = $1`, [id]);
  if (!rows[0]) throw notFound('Enrolment');
  return presentEnrolment(rows[0]);
}

export function listEnrolments(ctx: Ctx, participantId: string): Promise<Enrolment[]> {
  return forParticipant(ctx, participantId, 'enrolment.list', async (tx) => {
    const { rows } = await tx.query<EnrolmentRow>(
      `${enrolmentSelect} where e.participant_id = $1 order by e.started_on desc, e.created_at desc`,
      [participantId],
    );
    await audit(tx, ctx, { action: 'enrolment.list', participantId });
    return rows.map(presentEnrolment);
  });
}

/** Enrols in a programme; a person may be enrolled again after an exit, never twice at once. */
export function enrol(
  ctx: Ctx,
  participantId: string,
  input: z.output<typeof EnrolInput>,
): Promise<Enrolment> {
  return forParticipant(ctx, participantId, 'enrolment.create', async (tx) => {
    const programme = await tx.query<{ starts_on: string; ends_on: string | null; archived_at: Date | null }>(
      'select starts_on, ends_on, archived_at from programmes where id = $1',
      [input.programmeId],
    );
    const p = programme.rows[0];
    if (!p || p.archived_at) throw notFound('Programme');
    if (input.startedOn < p.starts_on || (p.ends_on && input.startedOn > p.ends_on)) {
      throw new AppError('validation', 'The start date lies outside the programme’s period.');
    }
    const open = await tx.query(
      'select 1 from enrolments where participant_id = $1 and programme_id = $2 and exited_on is null',
      [participantId, input.programmeId],
    );
    if (open.rows.length) throw new AppError('conflict', 'She is already enrolled in this programme.');
    const id = newId();
    await tx.query(
      `insert into enrolments (id, unit_id, participant_id, programme_id, started_on, created_by)
       values ($1, $2, $3, $4, $5, $6)`,
      [id, ctx.actor.unitId, participantId, input.programmeId, input.startedOn, ctx.actor.userId],
    );
    await audit(tx, ctx, {
      action: 'enrolment.create',
      participantId,
      subjectType: 'enrolment',
      subjectId: id,
    });
    await cancelOpenFollowUps(tx, ctx, participantId);
    return findEnrolment(tx, id);
  });
}

export function exitEnrolment(ctx: Ctx, id: string, input: z.output<typeof ExitInput>): Promise<Enrolment> {
  return inTenant(ctx, async (tx) => {
    const current = await findEnrolment(tx, id);
    if (current.exitedOn) throw new AppError('conflict', 'This enrolment has already ended.');
    if (input.exitedOn < current.startedOn)
      throw new AppError('validation', 'The exit cannot come before the start.');
    await updateVersioned(
      tx,
      'enrolments',
      id,
      input.version,
      {
        exited_on: input.exitedOn,
        exit_reason: input.reason,
        exit_status: input.status,
        exit_note: input.note ?? null,
      },
      'Enrolment',
      () => findEnrolment(tx, id),
    );
    await audit(tx, ctx, {
      action: 'enrolment.exit',
      participantId: current.participantId,
      subjectType: 'enrolment',
      subjectId: id,
      details: { reason: input.reason, status: input.status },
    });
    // Follow-ups at the organisation's offsets after the exit, in the exit's transaction.
    await createFollowUps(tx, ctx, { id, participantId: current.participantId, exitedOn: input.exitedOn });
    return findEnrolment(tx, id);
  });
}
