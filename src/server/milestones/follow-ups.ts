import type { z } from 'zod';
import type { FollowUp, RecordFollowUpInput } from '#shared/milestones.ts';
import type { Queryable } from '../db/types.ts';
import { audit } from '../lib/audit.ts';
import type { Ctx } from '../lib/context.ts';
import { AppError, notFound } from '../lib/errors.ts';
import { newId } from '../lib/ids.ts';
import { forParticipant } from '../lib/participant-access.ts';
import { updateVersioned } from '../lib/versioned.ts';
import { followUpSelect, presentFollowUp, type FollowUpRow } from './presenter.ts';
import { findOutcomeSettings } from './settings.ts';

/**
 * Called in the exit's transaction: one follow-up per offset of the organisation's settings (3, 6 and 12
 * months unless it chose others), each due that many calendar months after the exit.
 */
export async function createFollowUps(
  tx: Queryable,
  ctx: Ctx,
  enrolment: { id: string; participantId: string; exitedOn: string },
): Promise<void> {
  const { followUpMonths } = await findOutcomeSettings(tx, ctx.actor.organisationId);
  const ids = followUpMonths.map(() => newId());
  await tx.query(
    `insert into follow_ups (id, unit_id, participant_id, enrolment_id, months, due_on)
     select o.id, $1, $2, $3, o.months, ($4::date + make_interval(months => o.months))::date
       from unnest($5::uuid[], $6::int[]) as o(id, months)`,
    [ctx.actor.unitId, enrolment.participantId, enrolment.id, enrolment.exitedOn, ids, followUpMonths],
  );
  await audit(tx, ctx, {
    action: 'follow_up.create',
    participantId: enrolment.participantId,
    subjectType: 'enrolment',
    subjectId: enrolment.id,
    details: { months: followUpMonths },
  });
}

/**
 * Called when she is enrolled again: the open follow-ups of her earlier exits would ask about a time she is
 * back with us, so they are cancelled (kept, with the reason), and done ones stay as they were.
 */
export async function cancelOpenFollowUps(tx: Queryable, ctx: Ctx, participantId: string): Promise<void> {
  const { rows } = await tx.query<{ id: string }>(
    `update follow_ups set status = 'cancelled', cancel_reason = 're_enrolled', cancelled_at = now(),
            version = version + 1
      where participant_id = $1 and unit_id = $2 and status = 'open' returning id`,
    [participantId, ctx.actor.unitId],
  );
  if (rows.length) {
    await audit(tx, ctx, {
      action: 'follow_up.cancel',
      participantId,
      details: { reason: 're_enrolled', followUpIds: rows.map((r) => r.id) },
    });
  }
}

export async function listFollowUpsOf(tx: Queryable, participantId: string): Promise<FollowUp[]> {
  const { rows } = await tx.query<FollowUpRow>(
    `${followUpSelect} where f.participant_id = $1 order by f.due_on desc, f.months desc`,
    [participantId],
  );
  return rows.map(presentFollowUp);
}

/** Records her situation at the follow-up; once done, it stays as recorded. */
export function recordFollowUp(
  ctx: Ctx,
  participantId: string,
  followUpId: string,
  input: z.output<typeof RecordFollowUpInput>,
): Promise<FollowUp> {
  return forParticipant(ctx, participantId, 'follow_up.record', async (tx) => {
    const find = async () => {
      const { rows } = await tx.query<FollowUpRow>(
        `${followUpSelect} where f.id = $1 and f.participant_id = $2`,
        [followUpId, participantId],
      );
      if (!rows[0]) throw notFound('Follow-up');
      return presentFollowUp(rows[0]);
    };
    const current = await find();
    if (current.status !== 'open') throw new AppError('conflict', 'This follow-up is no longer open.');
    if (input.doneOn < current.exitedOn) {
      throw new AppError('validation', 'The follow-up cannot come before the exit.', {
        errors: [{ path: ['doneOn'], message: 'Before the exit.', code: 'custom' }],
      });
    }
    await updateVersioned(
      tx,
      'follow_ups',
      followUpId,
      input.version,
      {
        status: 'done',
        situation: input.situation,
        hours_per_week: input.hoursPerWeek ?? null,
        note: input.note ?? null,
        done_on: input.doneOn,
        done_by: ctx.actor.userId,
        done_at: new Date(),
      },
      'Follow-up',
      find,
    );
    await audit(tx, ctx, {
      action: 'follow_up.record',
      participantId,
      subjectType: 'follow_up',
      subjectId: followUpId,
      details: { situation: input.situation, months: current.months },
    });
    return find();
  });
}
