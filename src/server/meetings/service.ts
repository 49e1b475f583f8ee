import type { z } from 'zod';
import type {
  CancelMeetingInput,
  CreateMeetingInput,
  Meeting,
  MeetingsQuery,
  UpdateMeetingInput,
} from '#shared/meetings.ts';
import type { Queryable } from '../db/types.ts';
import { audit } from '../lib/audit.ts';
import type { Ctx } from '../lib/context.ts';
import { AppError, notFound } from '../lib/errors.ts';
import { newId } from '../lib/ids.ts';
import { forParticipant } from '../lib/participant-access.ts';
import { updateVersioned } from '../lib/versioned.ts';
import { selectMeetings, type MeetingRow } from './presenter.ts';

type CreateInput = z.output<typeof CreateMeetingInput>;
type UpdateInput = z.output<typeof UpdateMeetingInput>;

const invalid = (path: (string | number)[], message: string) =>
  new AppError('validation', message, { errors: [{ path, message, code: 'custom' }] });

/** Every chosen person must be active staff of the caller's unit (partners are not staff of a case). */
async function checkStaff(tx: Queryable, ctx: Ctx, staffIds: string[]) {
  const { rows } = await tx.query<{ user_id: string }>(
    `select distinct m.user_id from memberships m join users u on u.id = m.user_id
      where m.user_id = any($1::uuid[]) and m.unit_id = $2 and m.role <> 'partner' and u.disabled_at is null`,
    [staffIds, ctx.actor.unitId],
  );
  const ours = new Set(rows.map((r) => r.user_id));
  const index = staffIds.findIndex((id) => !ours.has(id));
  if (index >= 0) throw invalid(['staffIds', index], 'Not staff of this unit.');
}

async function setStaff(tx: Queryable, ctx: Ctx, meetingId: string, startsAt: Date, staffIds: string[]) {
  await tx.query('delete from meeting_staff where meeting_id = $1', [meetingId]);
  await tx.query(
    `insert into meeting_staff (meeting_id, user_id, unit_id, starts_at)
     select $1, s, $2, $3 from unnest($4::uuid[]) s`,
    [meetingId, ctx.actor.unitId, startsAt, staffIds],
  );
}

async function findMeeting(tx: Queryable, participantId: string, meetingId: string): Promise<MeetingRow> {
  const { rows } = await tx.query<MeetingRow>(
    'select * from meetings where id = $1 and participant_id = $2 for update',
    [meetingId, participantId],
  );
  if (!rows[0]) throw notFound('Meeting');
  return rows[0];
}

async function meetingOf(tx: Queryable, participantId: string, meetingId: string): Promise<Meeting> {
  const [meeting] = await selectMeetings(tx, participantId, { meetingId });
  if (!meeting) throw notFound('Meeting');
  return meeting;
}

/** The row at the version the caller read, still planned; otherwise 409 with the meeting as it is now. */
async function plannedAt(
  tx: Queryable,
  participantId: string,
  meetingId: string,
  version: number,
): Promise<MeetingRow> {
  const row = await findMeeting(tx, participantId, meetingId);
  if (row.version !== version) {
    throw new AppError('version_conflict', 'Someone else changed this meeting since you opened it.', {
      current: await meetingOf(tx, participantId, meetingId),
    });
  }
  if (row.status !== 'planned') {
    throw new AppError('conflict', `The meeting is ${row.status} and can no longer change.`);
  }
  return row;
}

export function listMeetings(
  ctx: Ctx,
  participantId: string,
  query: z.output<typeof MeetingsQuery> = {},
): Promise<Meeting[]> {
  return forParticipant(ctx, participantId, 'meeting.list', async (tx) => {
    const meetings = await selectMeetings(tx, participantId, query);
    await audit(tx, ctx, {
      action: 'meeting.list',
      participantId,
      details: { returned: meetings.length, ...query },
    });
    return meetings;
  });
}

export function createMeeting(ctx: Ctx, participantId: string, input: CreateInput): Promise<Meeting> {
  return forParticipant(ctx, participantId, 'meeting.create', (tx) =>
    insertMeeting(tx, ctx, participantId, input),
  );
}

/**
 * Books a meeting inside the caller's transaction, for a participant the caller has already checked is hers
 * (forParticipant), and audits it: createMeeting's body, also used where a meeting is booked as part of
 * another step (the introduction of a language friend).
 */
export async function insertMeeting(
  tx: Queryable,
  ctx: Ctx,
  participantId: string,
  input: CreateInput,
): Promise<Meeting> {
  await checkStaff(tx, ctx, input.staffIds);
  const id = newId();
  await tx.query(
    `insert into meetings (id, unit_id, participant_id, starts_at, ends_at, title, agenda, place, online_url,
                             interpreter_needed, interpreter_language, created_by)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      id,
      ctx.actor.unitId,
      participantId,
      input.startsAt,
      input.endsAt,
      input.title,
      input.agenda ?? null,
      input.place ?? null,
      input.onlineUrl ?? null,
      input.interpreterNeeded,
      input.interpreterNeeded ? input.interpreterLanguage : null,
      ctx.actor.userId,
    ],
  );
  await setStaff(tx, ctx, id, new Date(input.startsAt), input.staffIds);
  const meeting = await meetingOf(tx, participantId, id);
  await audit(tx, ctx, {
    action: 'meeting.create',
    participantId,
    subjectType: 'meeting',
    subjectId: id,
    details: {
      staff: input.staffIds.length,
      interpreter: input.interpreterNeeded,
      clashes: meeting.clashes.length,
    },
  });
  return meeting;
}

/**
 * Changes a planned meeting at the version the caller read; a stale version answers 409 with the meeting as it
 * is now. Times and the interpreter are checked together with what is stored. The audit entry names the
 * changed fields, not their values.
 */
export function updateMeeting(
  ctx: Ctx,
  participantId: string,
  meetingId: string,
  input: UpdateInput,
): Promise<Meeting> {
  return forParticipant(ctx, participantId, 'meeting.update', async (tx) => {
    const row = await plannedAt(tx, participantId, meetingId, input.version);
    const startsAt = input.startsAt ? new Date(input.startsAt) : row.starts_at;
    const endsAt = input.endsAt ? new Date(input.endsAt) : row.ends_at;
    if (endsAt <= startsAt) {
      throw invalid([input.endsAt ? 'endsAt' : 'startsAt'], 'The end must come after the start.');
    }
    const interpreterNeeded = input.interpreterNeeded ?? row.interpreter_needed;
    const interpreterLanguage = interpreterNeeded
      ? input.interpreterLanguage === undefined
        ? row.interpreter_language
        : input.interpreterLanguage
      : null;
    if (interpreterNeeded && !interpreterLanguage) throw invalid(['interpreterLanguage'], 'which language?');
    if (input.staffIds) await checkStaff(tx, ctx, input.staffIds);
    const changes: Record<string, unknown> = {
      starts_at: input.startsAt,
      ends_at: input.endsAt,
      title: input.title,
      agenda: input.agenda,
      place: input.place,
      online_url: input.onlineUrl,
      interpreter_needed: input.interpreterNeeded,
      interpreter_language:
        interpreterLanguage === row.interpreter_language ? undefined : interpreterLanguage,
    };
    const fields = Object.entries(changes)
      .filter(([, v]) => v !== undefined)
      .map(([k]) => k);
    if (input.staffIds) fields.push('staff');
    await updateVersioned(
      tx,
      'meetings',
      meetingId,
      input.version,
      { ...changes, updated_at: new Date(), updated_by: ctx.actor.userId },
      'Meeting',
      () => meetingOf(tx, participantId, meetingId),
    );
    if (input.staffIds) await setStaff(tx, ctx, meetingId, startsAt, input.staffIds);
    const meeting = await meetingOf(tx, participantId, meetingId);
    await audit(tx, ctx, {
      action: 'meeting.update',
      participantId,
      subjectType: 'meeting',
      subjectId: meetingId,
      details: { fields, clashes: meeting.clashes.length },
    });
    return meeting;
  });
}

/** Cancels a planned meeting, with the reason (kept with the meeting; it is never deleted). */
export function cancelMeeting(
  ctx: Ctx,
  participantId: string,
  meetingId: string,
  input: z.output<typeof CancelMeetingInput>,
): Promise<Meeting> {
  return forParticipant(ctx, participantId, 'meeting.cancel', async (tx) => {
    await plannedAt(tx, participantId, meetingId, input.version);
    await updateVersioned(
      tx,
      'meetings',
      meetingId,
      input.version,
      {
        status: 'cancelled',
        cancel_reason: input.reason,
        cancelled_at: new Date(),
        cancelled_by: ctx.actor.userId,
        updated_at: new Date(),
        updated_by: ctx.actor.userId,
      },
      'Meeting',
      () => meetingOf(tx, participantId, meetingId),
    );
    await audit(tx, ctx, {
      action: 'meeting.cancel',
      participantId,
      subjectType: 'meeting',
      subjectId: meetingId,
    });
    return meetingOf(tx, participantId, meetingId);
  });
}

/** Records that a planned meeting took place; not before it has started. */
export function markMeetingHeld(
  ctx: Ctx,
  participantId: string,
  meetingId: string,
  version: number,
): Promise<Meeting> {
  return forParticipant(ctx, participantId, 'meeting.held', async (tx) => {
    const row = await plannedAt(tx, participantId, meetingId, version);
    if (row.starts_at.getTime() > Date.now()) {
      throw new AppError('conflict', 'The meeting has not started yet.');
    }
    await updateVersioned(
      tx,
      'meetings',
      meetingId,
      version,
      { status: 'held', held_at: new Date(), updated_at: new Date(), updated_by: ctx.actor.userId },
      'Meeting',
      () => meetingOf(tx, participantId, meetingId),
    );
    await audit(tx, ctx, {
      action: 'meeting.held',
      participantId,
      subjectType: 'meeting',
      subjectId: meetingId,
    });
    return meetingOf(tx, participantId, meetingId);
  });
}
