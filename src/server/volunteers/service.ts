import type { z } from 'zod';
import type {
  AddReferenceInput,
  BookInterviewInput,
  DecideVolunteerInput,
  PauseVolunteerInput,
  RecordExtractInput,
  RecordInterviewInput,
  UpdateVolunteerInput,
  Volunteer,
  VolunteersQuery,
  VolunteerStatus,
  VolunteerSummary,
} from '#shared/volunteers.ts';
import { inTenant } from '../db/tenant.ts';
import type { Queryable } from '../db/types.ts';
import { audit } from '../lib/audit.ts';
import type { Ctx } from '../lib/context.ts';
import { AppError, notFound } from '../lib/errors.ts';
import { newId } from '../lib/ids.ts';
import {
  presentSummary,
  presentVolunteer,
  volunteerColumns,
  type SummaryRow,
  type VolunteerRow,
} from './presenter.ts';

/**
 * The volunteer coordinator's screening: new registrations, the intake interview, references, the date a
 * criminal-record extract was seen (never a copy), the decision, pauses and erasure on request. Every read and
 * write is audited; every change carries the version read (409 with the volunteer as she is now otherwise).
 */

const unitOf = (ctx: Ctx) => {
  if (!ctx.actor.unitId) throw new AppError('forbidden', 'Choose a unit first.');
  return ctx.actor.unitId;
};

const invalid = (path: string[], message: string) =>
  new AppError('validation', message, { errors: [{ path, message, code: 'custom' }] });

async function rowOf(tx: Queryable, ctx: Ctx, id: string, lock: boolean): Promise<VolunteerRow> {
  const { rows } = await tx.query<VolunteerRow>(
    `select ${volunteerColumns} from volunteers v where v.id = $1 and v.unit_id = $2${lock ? ' for update' : ''}`,
    [id, unitOf(ctx)],
  );
  if (!rows[0]) throw notFound('Volunteer');
  return rows[0];
}

/**
 * Runs fn for one volunteer of the caller's unit in one tenant transaction. Another unit's volunteer (or none)
 * is not found, and the attempt is audited as denied after the transaction rolls back.
 */
async function forVolunteer<T>(
  ctx: Ctx,
  id: string,
  action: string,
  fn: (tx: Queryable, row: VolunteerRow) => Promise<T>,
): Promise<T> {
  let found = false;
  try {
    return await inTenant(ctx, async (tx) => {
      const row = await rowOf(tx, ctx, id, true);
      found = true;
      return fn(tx, row);
    });
  } catch (error) {
    if (!found) {
      await inTenant(ctx, (tx) =>
        audit(tx, ctx, { action, outcome: 'denied', subjectType: 'volunteer', subjectId: id }),
      );
    }
    throw error;
  }
}

/** The row at the version the caller read, not erased and in one of `allowed` statuses. */
async function checked(
  tx: Queryable,
  row: VolunteerRow,
  version: number,
  allowed: readonly VolunteerStatus[] | null,
  doing: string,
) {
  if (row.version !== version) {
    throw new AppError('version_conflict', 'Someone else changed this volunteer since you opened it.', {
      current: await presentVolunteer(tx, row),
    });
  }
  if (row.status === 'erased') throw new AppError('conflict', 'This volunteer has been erased.');
  if (allowed && !allowed.includes(row.status)) {
    throw new AppError('conflict', `A volunteer who is ${row.status} cannot be ${doing}.`, {
      volunteerStatus: row.status,
    });
  }
}

async function saved(tx: Queryable, ctx: Ctx, id: string): Promise<Volunteer> {
  return presentVolunteer(tx, await rowOf(tx, ctx, id, false));
}

async function setStatus(
  tx: Queryable,
  ctx: Ctx,
  row: VolunteerRow,
  to: VolunteerStatus,
  reason: string | null,
  extra: Record<string, unknown> = {},
) {
  const entries = Object.entries(extra);
  const sets = entries.map(([column], i) => `, ${column} = $${i + 4}`).join('');
  await tx.query(
    `update volunteers set status = $2, updated_at = now(), updated_by = $3, version = version + 1${sets}
      where id = $1`,
    [row.id, to, ctx.actor.userId, ...entries.map(([, v]) => v)],
  );
  await tx.query(
    `insert into volunteer_status_history (id, volunteer_id, unit_id, from_status, to_status, reason, changed_by)
     values ($1, $2, $3, $4, $5, $6, $7)`,
    [newId(), row.id, row.unit_id, row.status, to, reason, ctx.actor.userId],
  );
}

export function listVolunteers(
  ctx: Ctx,
  query: z.output<typeof VolunteersQuery>,
): Promise<VolunteerSummary[]> {
  return inTenant(ctx, async (tx) => {
    const { rows } = await tx.query<SummaryRow>(
      `select v.id, v.status, v.first_name, v.last_name, a.name as area_name, v.age_band, v.created_at,
              v.interview_at
         from volunteers v left join unit_areas a on a.id = v.area_id
        where v.unit_id = $1 and ($2::text is null or v.status = $2)
        order by (v.status = 'new') desc, v.created_at desc
        limit 500`,
      [unitOf(ctx), query.status ?? null],
    );
    await audit(tx, ctx, {
      action: 'volunteer.list',
      details: { status: query.status ?? null, count: rows.length },
    });
    return rows.map(presentSummary);
  });
}

export function getVolunteer(ctx: Ctx, id: string): Promise<Volunteer> {
  return forVolunteer(ctx, id, 'volunteer.read', async (tx, row) => {
    await audit(tx, ctx, { action: 'volunteer.read', subjectType: 'volunteer', subjectId: id });
    return presentVolunteer(tx, row);
  });
}

async function checkArea(tx: Queryable, ctx: Ctx, areaId: string | null | undefined) {
  if (!areaId) return;
  const { rows } = await tx.query('select 1 from unit_areas where id = $1 and unit_id = $2', [
    areaId,
    unitOf(ctx),
  ]);
  if (!rows.length) throw invalid(['areaId'], 'Not one of the unit’s areas.');
}

const profileColumns: Record<string, string> = {
  firstName: 'first_name',
  lastName: 'last_name',
  email: 'email',
  phone: 'phone',
  ageBand: 'age_band',
  gender: 'gender',
  languages: 'languages',
  interests: 'interests',
  occupation: 'occupation',
  lifeSituation: 'life_situation',
  familySituation: 'family_situation',
  areaId: 'area_id',
  availability: 'availability',
  onlyWomen: 'only_women',
  wantsFamily: 'wants_family',
  preferencesNote: 'preferences_note',
};

export function updateVolunteer(
  ctx: Ctx,
  id: string,
  input: z.output<typeof UpdateVolunteerInput>,
): Promise<Volunteer> {
  return forVolunteer(ctx, id, 'volunteer.update', async (tx, row) => {
    await checked(tx, row, input.version, null, 'changed');
    await checkArea(tx, ctx, input.areaId);
    const { version: _, ...fields } = input;
    const entries = Object.entries(fields).filter(([k, v]) => v !== undefined && profileColumns[k]);
    const email = 'email' in fields ? fields.email : row.email;
    const phone = 'phone' in fields ? fields.phone : row.phone;
    if (!email && !phone) throw invalid(['email'], 'an e-mail address or a phone number');
    if (entries.length) {
      const sets = entries.map(([k], i) => `${profileColumns[k]} = $${i + 3}`);
      await tx.query(
        `update volunteers set ${sets.join(', ')}, updated_at = now(), updated_by = $2, version = version + 1
          where id = $1`,
        [id, ctx.actor.userId, ...entries.map(([k, v]) => (k === 'languages' ? JSON.stringify(v) : v))],
      );
    }
    await audit(tx, ctx, {
      action: 'volunteer.update',
      subjectType: 'volunteer',
      subjectId: id,
      details: { fields: entries.map(([k]) => k) },
    });
    return saved(tx, ctx, id);
  });
}

export function bookInterview(
  ctx: Ctx,
  id: string,
  input: z.output<typeof BookInterviewInput>,
): Promise<Volunteer> {
  return forVolunteer(ctx, id, 'volunteer.book_interview', async (tx, row) => {
    await checked(tx, row, input.version, ['new', 'interview_booked'], 'booked for an interview');
    await setStatus(tx, ctx, row, 'interview_booked', null, {
      interview_at: input.interviewAt,
      interview_held_at: null,
    });
    await audit(tx, ctx, {
      action: 'volunteer.book_interview',
      subjectType: 'volunteer',
      subjectId: id,
      details: { interviewAt: input.interviewAt, again: row.status === 'interview_booked' },
    });
    return saved(tx, ctx, id);
  });
}

export function recordInterview(
  ctx: Ctx,
  id: string,
  input: z.output<typeof RecordInterviewInput>,
): Promise<Volunteer> {
  return forVolunteer(ctx, id, 'volunteer.record_interview', async (tx, row) => {
    await checked(tx, row, input.version, ['interview_booked'], 'interviewed before one is booked');
    await tx.query(
      `update volunteers set interview_held_at = $2, interview_notes = $3, updated_at = now(), updated_by = $4,
              version = version + 1
        where id = $1`,
      [id, input.heldAt, input.notes, ctx.actor.userId],
    );
    await audit(tx, ctx, { action: 'volunteer.record_interview', subjectType: 'volunteer', subjectId: id });
    return saved(tx, ctx, id);
  });
}

export function recordExtractSeen(
  ctx: Ctx,
  id: string,
  input: z.output<typeof RecordExtractInput>,
): Promise<Volunteer> {
  return forVolunteer(ctx, id, 'volunteer.record_extract', async (tx, row) => {
    await checked(tx, row, input.version, null, 'changed');
    const future = await tx.query<{ ahead: boolean }>(
      `select $1::date > (now() at time zone 'Europe/Stockholm')::date as ahead`,
      [input.seenOn],
    );
    if (future.rows[0]!.ahead) throw invalid(['seenOn'], 'The extract cannot have been seen in the future.');
    await tx.query(
      `update volunteers set record_extract_seen_on = $2, record_extract_seen_by = $3, updated_at = now(),
              updated_by = $3, version = version + 1
        where id = $1`,
      [id, input.seenOn, ctx.actor.userId],
    );
    await audit(tx, ctx, {
      action: 'volunteer.record_extract',
      subjectType: 'volunteer',
      subjectId: id,
      details: { seenOn: input.seenOn },
    });
    return saved(tx, ctx, id);
  });
}

export function addReference(
  ctx: Ctx,
  id: string,
  input: z.output<typeof AddReferenceInput>,
): Promise<Volunteer> {
  return forVolunteer(ctx, id, 'volunteer.add_reference', async (tx, row) => {
    if (row.status === 'erased') throw new AppError('conflict', 'This volunteer has been erased.');
    const referenceId = newId();
    await tx.query(
      `insert into volunteer_references (id, volunteer_id, unit_id, name, relation, contact, contacted_on, outcome,
         note, created_by)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        referenceId,
        id,
        row.unit_id,
        input.name,
        input.relation,
        input.contact ?? null,
        input.contactedOn ?? null,
        input.outcome,
        input.note ?? null,
        ctx.actor.userId,
      ],
    );
    await tx.query(
      'update volunteers set version = version + 1, updated_at = now(), updated_by = $2 where id = $1',
      [id, ctx.actor.userId],
    );
    await audit(tx, ctx, {
      action: 'volunteer.add_reference',
      subjectType: 'volunteer',
      subjectId: id,
      details: { referenceId, outcome: input.outcome },
    });
    return saved(tx, ctx, id);
  });
}

/**
 * Approves (after a held interview and a seen record extract) or declines with a reason. A declined volunteer
 * can be approved later, after a new look.
 */
export function decideVolunteer(
  ctx: Ctx,
  id: string,
  input: z.output<typeof DecideVolunteerInput>,
): Promise<Volunteer> {
  const action = `volunteer.${input.decision}`;
  return forVolunteer(ctx, id, action, async (tx, row) => {
    if (input.decision === 'approve') {
      await checked(tx, row, input.version, ['interview_booked', 'declined'], 'approved');
      if (!row.interview_held_at)
        throw new AppError('conflict', 'Record the intake interview before approving.', {
          reason: 'interview_missing',
        });
      if (!row.record_extract_seen_on)
        throw new AppError(
          'conflict',
          'Record the date the criminal-record extract was seen before approving.',
          {
            reason: 'record_extract_missing',
          },
        );
    } else {
      await checked(tx, row, input.version, ['new', 'interview_booked', 'approved', 'paused'], 'declined');
    }
    const to = input.decision === 'approve' ? 'approved' : 'declined';
    await setStatus(tx, ctx, row, to, input.reason ?? null, {
      decision_reason: input.reason ?? null,
      decided_at: new Date(),
      decided_by: ctx.actor.userId,
    });
    await audit(tx, ctx, { action, subjectType: 'volunteer', subjectId: id });
    return saved(tx, ctx, id);
  });
}

export function pauseVolunteer(
  ctx: Ctx,
  id: string,
  input: z.output<typeof PauseVolunteerInput>,
  pause: boolean,
): Promise<Volunteer> {
  const action = pause ? 'volunteer.pause' : 'volunteer.resume';
  return forVolunteer(ctx, id, action, async (tx, row) => {
    await checked(tx, row, input.version, [pause ? 'approved' : 'paused'], pause ? 'paused' : 'resumed');
    await setStatus(tx, ctx, row, pause ? 'paused' : 'approved', input.reason ?? null);
    await audit(tx, ctx, { action, subjectType: 'volunteer', subjectId: id });
    return saved(tx, ctx, id);
  });
}

/**
 * She asked to be removed: every personal field is cleared, her references deleted, the reasons in her status
 * history cleared and the confirmation we sent her redacted in the outbox. The row stays as a tombstone (id,
 * unit, status 'erased', when and by whom) so that counts and the audit trail still stand; audit entries never
 * held her personal data.
 */
export function eraseVolunteer(ctx: Ctx, id: string, version: number): Promise<Volunteer> {
  return forVolunteer(ctx, id, 'volunteer.erase', async (tx, row) => {
    await checked(tx, row, version, null, 'erased');
    const redacted = await tx.query<{ n: number }>('select redact_volunteer_messages($1) as n', [id]);
    await tx.query('delete from volunteer_references where volunteer_id = $1', [id]);
    await tx.query('update volunteer_status_history set reason = null where volunteer_id = $1', [id]);
    // One statement: the table's checks hold a tombstone to having no personal data, and only a tombstone.
    await tx.query(
      `update volunteers
          set status = 'erased', first_name = null, last_name = null, email = null, phone = null,
              age_band = null, gender = null, languages = '[]', interests = '{}', occupation = null,
              life_situation = '{}', family_situation = null, area_id = null, availability = '{}',
              only_women = false, wants_family = false, preferences_note = null, heard_from = null,
              interview_notes = null, decision_reason = null, erasure_requested_at = now(), erased_at = now(),
              erased_by = $2, updated_at = now(), updated_by = $2, version = version + 1
        where id = $1`,
      [id, ctx.actor.userId],
    );
    await tx.query(
      `insert into volunteer_status_history (id, volunteer_id, unit_id, from_status, to_status, changed_by)
       values ($1, $2, $3, $4, 'erased', $5)`,
      [newId(), id, row.unit_id, row.status, ctx.actor.userId],
    );
    await audit(tx, ctx, {
      action: 'volunteer.erase',
      subjectType: 'volunteer',
      subjectId: id,
      details: { messagesRedacted: redacted.rows[0]!.n, fromStatus: row.status },
    });
    return saved(tx, ctx, id);
  });
}
