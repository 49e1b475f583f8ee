import type { z } from 'zod';
import type { Milestone, MilestoneCorrectionInput, MilestoneInput, Outcomes } from '#shared/milestones.ts';
import type { Queryable } from '../db/types.ts';
import { audit } from '../lib/audit.ts';
import type { Ctx } from '../lib/context.ts';
import { AppError, notFound } from '../lib/errors.ts';
import { newId } from '../lib/ids.ts';
import { forParticipant } from '../lib/participant-access.ts';
import { listFollowUpsOf } from './follow-ups.ts';
import { presentMilestone, standingMilestonesSql, type MilestoneRow } from './presenter.ts';
import { findOutcomeSettings } from './settings.ts';

type Input = z.output<typeof MilestoneInput>;

const invalid = (path: string, message: string) =>
  new AppError('validation', message, { errors: [{ path: [path], message, code: 'custom' }] });

export async function listMilestonesOf(tx: Queryable, participantId: string): Promise<Milestone[]> {
  const { rows } = await tx.query<MilestoneRow>(
    `${standingMilestonesSql} order by m.happened_on desc, m.recorded_at desc`,
    [participantId],
  );
  return rows.map(presentMilestone);
}

async function findMilestone(tx: Queryable, participantId: string, id: string): Promise<Milestone> {
  const { rows } = await tx.query<MilestoneRow>(`${standingMilestonesSql} and m.id = $2`, [
    participantId,
    id,
  ]);
  if (!rows[0]) throw notFound('Milestone');
  return presentMilestone(rows[0]);
}

/**
 * Writes one milestone row (a new one, or a correction of `corrects`). An "other" milestone's label must be one
 * of the organisation's, when it has a list.
 */
export async function insertMilestone(
  tx: Queryable,
  ctx: Ctx,
  participantId: string,
  input: Input,
  corrects: string | null = null,
): Promise<string> {
  if (input.kind === 'other') {
    const { otherMilestoneLabels } = await findOutcomeSettings(tx, ctx.actor.organisationId);
    if (otherMilestoneLabels.length && !otherMilestoneLabels.includes(input.otherLabel ?? '')) {
      throw invalid('otherLabel', 'Choose one of the organisation’s labels.');
    }
  }
  const id = newId();
  await tx.query(
    `insert into milestones (id, unit_id, participant_id, kind, happened_on, source, sfi_path, sfi_course,
       sfi_grade, national_test, study_form, employment_type, hours_per_week, other_label, note, corrects,
       recorded_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)`,
    [
      id,
      ctx.actor.unitId,
      participantId,
      input.kind,
      input.happenedOn,
      input.source,
      input.sfiPath ?? null,
      input.sfiCourse ?? null,
      input.sfiGrade ?? null,
      input.nationalTest ?? null,
      input.studyForm ?? null,
      input.employmentType ?? null,
      input.hoursPerWeek ?? null,
      input.otherLabel ?? null,
      input.note ?? null,
      corrects,
      ctx.actor.userId,
    ],
  );
  await audit(tx, ctx, {
    action: corrects ? 'milestone.correct' : 'milestone.create',
    participantId,
    subjectType: 'milestone',
    subjectId: id,
    details: { kind: input.kind, source: input.source, corrects },
  });
  return id;
}

/** Her standing milestones, newest first, and her follow-ups after exits. */
export function listOutcomes(ctx: Ctx, participantId: string): Promise<Outcomes> {
  return forParticipant(ctx, participantId, 'milestone.list', async (tx) => {
    const milestones = await listMilestonesOf(tx, participantId);
    const followUps = await listFollowUpsOf(tx, participantId);
    const { otherMilestoneLabels } = await findOutcomeSettings(tx, ctx.actor.organisationId);
    await audit(tx, ctx, { action: 'milestone.list', participantId });
    return { milestones, followUps, otherLabels: otherMilestoneLabels };
  });
}

export function createMilestone(ctx: Ctx, participantId: string, input: Input): Promise<Milestone> {
  return forParticipant(ctx, participantId, 'milestone.create', async (tx) => {
    const id = await insertMilestone(tx, ctx, participantId, input);
    return findMilestone(tx, participantId, id);
  });
}

/**
 * A correction is a new row that replaces a standing milestone (the earlier one is kept as history); a
 * retraction says it was recorded in error and leaves nothing standing. Only a standing one can be corrected.
 */
export function correctMilestone(
  ctx: Ctx,
  participantId: string,
  milestoneId: string,
  input: z.output<typeof MilestoneCorrectionInput>,
): Promise<Milestone | null> {
  return forParticipant(ctx, participantId, 'milestone.correct', async (tx) => {
    const current = await findMilestone(tx, participantId, milestoneId);
    if (!('retract' in input)) {
      const id = await insertMilestone(tx, ctx, participantId, input, milestoneId);
      return findMilestone(tx, participantId, id);
    }
    const id = newId();
    await tx.query(
      `insert into milestones (id, unit_id, participant_id, kind, happened_on, source, sfi_path, sfi_course,
         sfi_grade, national_test, study_form, employment_type, hours_per_week, other_label, note, corrects,
         retracted, recorded_by)
       select $1, unit_id, participant_id, kind, happened_on, source, sfi_path, sfi_course, sfi_grade,
              national_test, study_form, employment_type, hours_per_week, other_label, $3, id, true, $4
         from milestones where id = $2`,
      [id, milestoneId, input.note ?? null, ctx.actor.userId],
    );
    await audit(tx, ctx, {
      action: 'milestone.retract',
      participantId,
      subjectType: 'milestone',
      subjectId: id,
      details: { kind: current.kind, corrects: milestoneId },
    });
    return null;
  });
}
