import type { z } from 'zod';
import {
  placementKindLabels,
  type EvaluationForm,
  type EvaluationStage,
  type RequestEvaluationInput,
  type SubmitEvaluationInput,
} from '#shared/placements.ts';
import type { Db, Queryable } from '../db/types.ts';
import { audit } from '../lib/audit.ts';
import type { Ctx, SystemCtx } from '../lib/context.ts';
import { AppError, notFound } from '../lib/errors.ts';
import { hashToken, newId, newToken } from '../lib/ids.ts';
import { forParticipant } from '../lib/participant-access.ts';
import { presentEvaluation, type EvaluationRow } from './presenter.ts';

/**
 * The supervisor's evaluation of a placement, filled in through a link without an account.
 *
 * The link's token is the credential (like a calendar feed's), so the public read and submission run on the
 * owner connection, outside row-level security, and every statement is filtered by the token's own row
 * (its SHA-256 hash): nothing else can be reached from it. We chose this over a security-definer function
 * because it is the pattern calendar feeds already use, and keeps the SQL beside the code that explains it.
 * What the supervisor sees is her first name, the workplace and the period: never her last name or identity
 * number.
 */

/** A link lives 30 days past its due date; a reminder gives a new link that lives at least 14 days. */
const daysValidAfterDue = 30;
const daysValidAfterReminder = 14;

const linkOf = (publicUrl: string, token: string) => `${publicUrl}/evaluation#token=${token}`;

export const stageLabels: Record<EvaluationStage, { sv: string; en: string }> = {
  midpoint: { sv: 'Halvtidsutvärdering', en: 'Mid-point evaluation' },
  final: { sv: 'Slututvärdering', en: 'Final evaluation' },
};

const questions: EvaluationForm['questions'] = [
  {
    key: 'attendance',
    type: 'rating',
    optional: false,
    label: {
      sv: 'Närvaro och punktlighet: kommer i tid och meddelar frånvaro',
      en: 'Attendance and punctuality: arrives on time and reports absence',
    },
  },
  {
    key: 'cooperation',
    type: 'rating',
    optional: false,
    label: { sv: 'Samarbete med kollegor', en: 'Cooperation with colleagues' },
  },
  {
    key: 'work_tasks',
    type: 'rating',
    optional: false,
    label: { sv: 'Utför arbetsuppgifterna', en: 'Carries out the work tasks' },
  },
  {
    key: 'swedish_at_work',
    type: 'rating',
    optional: false,
    label: { sv: 'Svenska i arbetet', en: 'Swedish at work' },
  },
  {
    key: 'strengths',
    type: 'text',
    optional: true,
    label: { sv: 'Vad är hon eller han särskilt bra på?', en: 'What is she or he particularly good at?' },
  },
  {
    key: 'to_develop',
    type: 'text',
    optional: true,
    label: { sv: 'Vad behöver utvecklas?', en: 'What needs to develop?' },
  },
  {
    key: 'recommendation',
    type: 'text',
    optional: true,
    label: {
      sv: 'Rekommendation: fortsatt praktik, anställning eller annat?',
      en: 'Recommendation: continued placement, employment or something else?',
    },
  },
];

/**
 * Asks the supervisor for the mid-point or final evaluation. The link is returned this once (only its hash is
 * stored); asking again before she has answered gives a new link and the old one stops working.
 */
export function requestEvaluation(
  ctx: Ctx,
  publicUrl: string,
  participantId: string,
  placementId: string,
  input: z.output<typeof RequestEvaluationInput>,
) {
  return forParticipant(ctx, participantId, 'placement_evaluation.request', async (tx) => {
    const placement = await tx.query(
      'select 1 from placements where id = $1 and participant_id = $2 for update',
      [placementId, participantId],
    );
    if (!placement.rows.length) throw notFound('Placement');
    const expired = await tx.query<{ past: boolean }>(
      `select ($1::date + $2::int) < (now() at time zone 'Europe/Stockholm')::date as past`,
      [input.dueOn, daysValidAfterDue],
    );
    if (expired.rows[0]!.past) {
      const message = `The due date is more than ${daysValidAfterDue} days ago: the link would not work.`;
      throw new AppError('validation', message, { errors: [{ path: ['dueOn'], message, code: 'custom' }] });
    }
    const existing = await tx.query<{ id: string; submitted_at: Date | null }>(
      'select id, submitted_at from placement_evaluations where placement_id = $1 and stage = $2 for update',
      [placementId, input.stage],
    );
    if (existing.rows[0]?.submitted_at) {
      throw new AppError('conflict', 'The supervisor has already filled in this evaluation.');
    }
    const token = newToken();
    const id = existing.rows[0]?.id ?? newId();
    const expiresAt = `(($3::date + ${daysValidAfterDue})::timestamp at time zone 'Europe/Stockholm')`;
    const { rows } = existing.rows[0]
      ? await tx.query<EvaluationRow>(
          `update placement_evaluations
              set token_hash = $2, due_on = $3, expires_at = ${expiresAt}, requested_at = now(), requested_by = $4
            where id = $1 returning *`,
          [id, hashToken(token), input.dueOn, ctx.actor.userId],
        )
      : await tx.query<EvaluationRow>(
          `insert into placement_evaluations
             (id, placement_id, unit_id, stage, token_hash, due_on, expires_at, requested_by)
           values ($1, $5, $6, $7, $2, $3, ${expiresAt}, $4) returning *`,
          [id, hashToken(token), input.dueOn, ctx.actor.userId, placementId, ctx.actor.unitId, input.stage],
        );
    await audit(tx, ctx, {
      action: 'placement_evaluation.request',
      participantId,
      subjectType: 'placement_evaluation',
      subjectId: id,
      details: { stage: input.stage, placementId, again: Boolean(existing.rows[0]) },
    });
    return { evaluation: presentEvaluation(rows[0]!), url: linkOf(publicUrl, token) };
  });
}

type FormRow = {
  id: string;
  stage: EvaluationStage;
  due_on: string;
  submitted: boolean;
  expired: boolean;
  kind: EvaluationForm['kind'];
  starts_on: string;
  ends_on: string;
  placement_id: string;
  participant_id: string;
  first_name: string;
  employer_name: string;
  unit_id: string;
  organisation_id: string;
};

/** The evaluation behind a token, on the owner connection, filtered by the token's hash alone. */
async function evaluationByToken(db: Queryable, token: string, lock = false): Promise<FormRow | undefined> {
  const { rows } = await db.query<FormRow>(
    `select e.id, e.stage, e.due_on, e.submitted_at is not null as submitted, e.expires_at <= now() as expired,
            p.kind, p.starts_on, p.ends_on, p.id as placement_id, p.participant_id, pa.first_name,
            em.name as employer_name, e.unit_id, u.organisation_id
       from placement_evaluations e
       join placements p on p.id = e.placement_id
       join participants pa on pa.id = p.participant_id
       join employers em on em.id = p.employer_id
       join units u on u.id = e.unit_id
      where e.token_hash = $1${lock ? ' for update of e' : ''}`,
    [hashToken(token)],
  );
  return rows[0];
}

const whose = (row: FormRow) => ({
  organisationId: row.organisation_id,
  unitId: row.unit_id,
  participantId: row.participant_id,
  subjectType: 'placement_evaluation',
  subjectId: row.id,
});

/** 404 for a token we never gave (or one replaced by a reminder); 410 once answered or expired. */
async function usable(db: Queryable, ctx: SystemCtx, row: FormRow | undefined, action: string) {
  if (!row) throw notFound('Evaluation');
  if (row.submitted || row.expired) {
    await audit(db, ctx, {
      ...whose(row),
      action,
      outcome: 'denied',
      details: { reason: row.submitted ? 'submitted' : 'expired' },
    });
    // `reason` lets the supervisor's page say which, in her language.
    throw new AppError(
      'gone',
      row.submitted
        ? 'This evaluation has already been sent. Thank you!'
        : 'This link has expired. Ask the coach for a new one.',
      { reason: row.submitted ? 'answered' : 'expired' },
    );
  }
  return row;
}

/** What the supervisor sees when she opens the link. */
export async function readEvaluationForm(db: Db, ctx: SystemCtx, token: string): Promise<EvaluationForm> {
  // A refusal is audited and then thrown, after the transaction commits its audit entry.
  const outcome = await db.transaction(async (tx) => {
    let row: FormRow;
    try {
      row = await usable(tx, ctx, await evaluationByToken(tx, token), 'placement_evaluation.open');
    } catch (error) {
      return { refusal: error };
    }
    await audit(tx, ctx, { ...whose(row), action: 'placement_evaluation.open' });
    return { row };
  });
  if ('refusal' in outcome) throw outcome.refusal;
  const { row } = outcome;
  return {
    stage: row.stage,
    stageLabel: stageLabels[row.stage],
    participantFirstName: row.first_name,
    employerName: row.employer_name,
    kind: row.kind,
    kindLabel: placementKindLabels[row.kind],
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    dueOn: row.due_on,
    questions,
  };
}

/** Saves the supervisor's answers, once. */
export async function submitEvaluation(
  db: Db,
  ctx: SystemCtx,
  token: string,
  input: z.output<typeof SubmitEvaluationInput>,
): Promise<void> {
  // A refusal is audited and then thrown, after the transaction commits its audit entry.
  const refusal = await db.transaction(async (tx) => {
    const row = await evaluationByToken(tx, token, true);
    try {
      await usable(tx, ctx, row, 'placement_evaluation.submit');
    } catch (error) {
      return error;
    }
    await tx.query(
      `update placement_evaluations set submitted_at = now(), answers = $2, submitted_by_name = $3
        where id = $1`,
      [row!.id, JSON.stringify(input.answers), input.submittedByName],
    );
    await audit(tx, ctx, {
      ...whose(row!),
      action: 'placement_evaluation.submit',
      details: { stage: row!.stage },
    });
    return null;
  });
  if (refusal) throw refusal;
}

export type EvaluationReminder = {
  evaluationId: string;
  placementId: string;
  participantId: string;
  unitId: string;
  stage: EvaluationStage;
  dueOn: string;
  reminderCount: number;
  supervisorName: string | null;
  supervisorEmail: string;
  employerName: string;
  /** Her first name only (what the supervisor already sees on the form). */
  firstName: string;
  /** A new link: the previous one stops working (a stored hash cannot give a link back). */
  url: string;
};

/**
 * Finds the evaluations to remind the supervisor of, records each reminder and returns what to send. Due:
 * requested, not answered, not expired, due within `withinDays` days (or overdue), with a supervisor e-mail,
 * and neither requested nor reminded in the last `intervalDays` days. Each gets a new token (the link in the
 * reminder), its reminder time and count, and a later expiry if it was close. Runs on the owner connection
 * for every unit at once (a background job has no signed-in user) and audits each reminder in its unit.
 */
export async function dueEvaluationReminders(
  db: Db,
  now: Date,
  options: {
    publicUrl: string;
    withinDays?: number;
    intervalDays?: number;
    requestId?: string;
    /**
     * Called for each reminder inside the transaction that records it (e.g. to put the e-mail in the outbox):
     * the old link stops working when the reminder is recorded, so the message with the new one must be
     * written with it or not at all.
     */
    deliver?: (tx: Queryable, reminder: EvaluationReminder) => Promise<void>;
  },
): Promise<EvaluationReminder[]> {
  const withinDays = options.withinDays ?? 3;
  const intervalDays = options.intervalDays ?? 3;
  const ctx: SystemCtx = { db, requestId: options.requestId ?? newId(), ip: '' };
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{
      id: string;
      placement_id: string;
      participant_id: string;
      unit_id: string;
      organisation_id: string;
      stage: EvaluationStage;
      due_on: string;
      reminder_count: number;
      supervisor_name: string | null;
      supervisor_email: string;
      employer_name: string;
      first_name: string;
    }>(
      `select e.id, e.placement_id, p.participant_id, e.unit_id, u.organisation_id, e.stage, e.due_on,
              e.reminder_count, p.supervisor_name, p.supervisor_email, em.name as employer_name,
              pa.first_name
         from placement_evaluations e
         join placements p on p.id = e.placement_id
         join participants pa on pa.id = p.participant_id
         join employers em on em.id = p.employer_id
         join units u on u.id = e.unit_id
        where e.submitted_at is null
          and e.expires_at > $1
          and p.status <> 'ended_early'
          and p.supervisor_email is not null
          and e.due_on <= ($1::timestamptz at time zone 'Europe/Stockholm')::date + $2::int
          and coalesce(e.reminded_at, e.requested_at) <= $1::timestamptz - make_interval(days => $3::int)
        order by e.due_on, e.id
        for update of e skip locked`,
      [now, withinDays, intervalDays],
    );
    const reminders: EvaluationReminder[] = [];
    for (const r of rows) {
      const token = newToken();
      const updated = await tx.query<{ reminder_count: number }>(
        `update placement_evaluations
            set token_hash = $2, reminded_at = $3, reminder_count = reminder_count + 1,
                expires_at = greatest(expires_at, $3::timestamptz + make_interval(days => $4::int))
          where id = $1 returning reminder_count`,
        [r.id, hashToken(token), now, daysValidAfterReminder],
      );
      await audit(tx, ctx, {
        organisationId: r.organisation_id,
        unitId: r.unit_id,
        participantId: r.participant_id,
        action: 'placement_evaluation.remind',
        subjectType: 'placement_evaluation',
        subjectId: r.id,
        details: { stage: r.stage, reminder: updated.rows[0]!.reminder_count },
      });
      const reminder: EvaluationReminder = {
        evaluationId: r.id,
        placementId: r.placement_id,
        participantId: r.participant_id,
        unitId: r.unit_id,
        stage: r.stage,
        dueOn: r.due_on,
        reminderCount: updated.rows[0]!.reminder_count,
        supervisorName: r.supervisor_name,
        supervisorEmail: r.supervisor_email,
        employerName: r.employer_name,
        firstName: r.first_name,
        url: linkOf(options.publicUrl, token),
      };
      if (options.deliver) await options.deliver(tx, reminder);
      reminders.push(reminder);
    }
    return reminders;
  });
}
