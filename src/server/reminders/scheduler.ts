import { timeZone } from '../activities/recurrence.ts';
import type { Queryable } from '../db/types.ts';
import { enqueue, type JobHandler } from '../jobs/queue.ts';
import { addMessage, pausedOnDaySql } from '../outbox/delivery.ts';
import { pickLanguage, renderMeetingReminder, renderSessionReminder } from './templates.ts';

export const scanKind = 'reminders.scan';
export const sessionReminderKind = 'reminders.session';
export const meetingReminderKind = 'reminders.meeting';

/** How often the scan for upcoming sessions runs (one job per slot, whichever server enqueues it first). */
export const scanEveryMs = 15 * 60_000;

type Candidate = {
  session_id: string;
  unit_id: string;
  starts_at: Date;
  title: string;
  place: string | null;
  online_url: string | null;
  participant_id: string;
  first_name: string;
  languages: string[];
  phone: string | null;
  email: string | null;
  preferred_channel: 'phone' | 'sms' | 'email' | 'letter' | null;
};

const day = `(s.starts_at at time zone '${timeZone}')::date`;

/**
 * Who is reminded of which session: sessions not cancelled, of activities not archived, starting after $1 and
 * at most $2 hours later; people taking part on the session's (Stockholm) day, whose record is not merged
 * into another and whose reminders are not paused that day. Runs on the owner connection, across units.
 */
const candidatesSql = `
  select s.id as session_id, s.unit_id, s.starts_at, a.title, a.place, a.online_url,
         p.id as participant_id, p.first_name, p.languages, p.phone, p.email, p.preferred_channel
    from activity_sessions s
    join activities a on a.id = s.activity_id and a.archived_at is null
    join activity_participants ap on ap.activity_id = s.activity_id
    join participants p on p.id = ap.participant_id and p.unit_id = s.unit_id and p.merged_into is null
   where s.cancelled_at is null
     and s.starts_at > $1::timestamptz and s.starts_at <= $1::timestamptz + make_interval(hours => $2)
     and ap.joined_on <= ${day} and (ap.left_on is null or ap.left_on >= ${day})
     and not ${pausedOnDaySql('p.id', day)}`;

type MeetingCandidate = Omit<Candidate, 'session_id' | 'title'> & {
  meeting_id: string;
  interpreter_needed: boolean;
};

const meetingDay = `(m.starts_at at time zone '${timeZone}')::date`;

/**
 * Who is reminded of which individual meeting: planned meetings starting after $1 and at most $2 hours later,
 * for her whose record is not merged into another and whose reminders are not paused that day (the same rules
 * as for sessions). Runs on the owner connection, across units.
 */
const meetingCandidatesSql = `
  select m.id as meeting_id, m.unit_id, m.starts_at, m.place, m.online_url, m.interpreter_needed,
         p.id as participant_id, p.first_name, p.languages, p.phone, p.email, p.preferred_channel
    from meetings m
    join participants p on p.id = m.participant_id and p.unit_id = m.unit_id and p.merged_into is null
   where m.status = 'planned'
     and m.starts_at > $1::timestamptz and m.starts_at <= $1::timestamptz + make_interval(hours => $2)
     and not ${pausedOnDaySql('p.id', meetingDay)}`;

export type Channel = { channel: 'email' | 'sms'; to: string };

/** +46 form for Swedish numbers written with a leading 0; other numbers as written, without spaces. */
export function normalisePhone(phone: string): string {
  const digits = phone.replace(/[\s()-]/g, '');
  if (digits.startsWith('00')) return `+${digits.slice(2)}`;
  if (digits.startsWith('0')) return `+46${digits.slice(1)}`;
  return digits;
}

/**
 * Her preferred channel where it can carry a text (a phone call becomes an SMS to that phone), else the other
 * one she has. She who asked for letters gets no SMS or e-mail; nor does she who gave neither.
 */
export function channelFor(p: Pick<Candidate, 'phone' | 'email' | 'preferred_channel'>): Channel | null {
  const sms: Channel | null = p.phone ? { channel: 'sms', to: normalisePhone(p.phone) } : null;
  const email: Channel | null = p.email ? { channel: 'email', to: p.email } : null;
  switch (p.preferred_channel) {
    case 'letter':
      return null;
    case 'email':
      return email ?? sms;
    default:
      return sms ?? email;
  }
}

export const reminderKey = (sessionId: string, participantId: string, startsAt: Date) =>
  // The start is in the key: a session moved to another time is reminded of again.
  `session-reminder:${sessionId}:${participantId}:${startsAt.getTime()}`;

/** Like reminderKey, for a meeting: the start is in the key, so a moved meeting is reminded of again. */
export const meetingReminderKey = (meetingId: string, participantId: string, startsAt: Date) =>
  `meeting-reminder:${meetingId}:${participantId}:${startsAt.getTime()}`;

/** Enqueues the scan for the current slot; every server calls this, and the dedupe key makes one job. */
export function enqueueReminderScan(db: Queryable, now: Date): Promise<string | null> {
  const slot = new Date(Math.floor(now.getTime() / scanEveryMs) * scanEveryMs);
  return enqueue(db, { kind: scanKind, dedupeKey: `reminders-scan:${slot.toISOString()}`, runAt: slot });
}

/** Enqueues one reminder job per participant and upcoming session; answers how many were new. */
export async function scanSessionReminders(
  db: Queryable,
  now: Date,
  hours: number,
  log: { info(obj: object, msg?: string): void },
): Promise<number> {
  const { rows } = await db.query<Candidate>(candidatesSql, [now.toISOString(), hours]);
  let added = 0;
  for (const c of rows) {
    if (!channelFor(c)) {
      log.info(
        { sessionId: c.session_id, participantId: c.participant_id },
        'reminder skipped: no phone or e-mail for her preferred channel',
      );
      continue;
    }
    const id = await enqueue(db, {
      kind: sessionReminderKind,
      dedupeKey: reminderKey(c.session_id, c.participant_id, c.starts_at),
      runAt: now,
      payload: {
        sessionId: c.session_id,
        participantId: c.participant_id,
        startsAt: c.starts_at.toISOString(),
      },
    });
    if (id) added++;
  }
  return added;
}

/** Enqueues one reminder job per upcoming planned meeting; answers how many were new. */
export async function scanMeetingReminders(
  db: Queryable,
  now: Date,
  hours: number,
  log: { info(obj: object, msg?: string): void },
): Promise<number> {
  const { rows } = await db.query<MeetingCandidate>(meetingCandidatesSql, [now.toISOString(), hours]);
  let added = 0;
  for (const c of rows) {
    if (!channelFor(c)) {
      log.info(
        { meetingId: c.meeting_id, participantId: c.participant_id },
        'reminder skipped: no phone or e-mail for her preferred channel',
      );
      continue;
    }
    const id = await enqueue(db, {
      kind: meetingReminderKind,
      dedupeKey: meetingReminderKey(c.meeting_id, c.participant_id, c.starts_at),
      runAt: now,
      payload: {
        meetingId: c.meeting_id,
        participantId: c.participant_id,
        startsAt: c.starts_at.toISOString(),
      },
    });
    if (id) added++;
  }
  return added;
}

/** The job handlers for reminders. */
export function reminderHandlers(hours: number): Record<string, JobHandler> {
  return {
    [scanKind]: async (_job, env) => {
      const added = await scanSessionReminders(env.db, env.now, hours, env.log);
      if (added) env.log.info({ added }, 'session reminders enqueued');
      const meetings = await scanMeetingReminders(env.db, env.now, hours, env.log);
      if (meetings) env.log.info({ added: meetings }, 'meeting reminders enqueued');
    },
    [meetingReminderKind]: async (job, env) => {
      const { meetingId, participantId, startsAt } = job.payload as {
        meetingId: string;
        participantId: string;
        startsAt: string;
      };
      // Checked again when the reminder is written: the meeting may have been cancelled or moved, she paused.
      const { rows } = await env.db.query<MeetingCandidate>(
        `${meetingCandidatesSql} and m.id = $3 and p.id = $4 and m.starts_at = $5::timestamptz`,
        [env.now.toISOString(), hours, meetingId, participantId, startsAt],
      );
      const c = rows[0];
      const channel = c && channelFor(c);
      if (!c || !channel) return;
      const language = pickLanguage(c.languages);
      const { subject, body } = renderMeetingReminder(language, {
        firstName: c.first_name,
        startsAt: c.starts_at,
        place: c.place,
        onlineUrl: c.online_url,
        interpreterNeeded: c.interpreter_needed,
      });
      await addMessage(env.db, {
        unitId: c.unit_id,
        participantId: c.participant_id,
        kind: 'meeting_reminder',
        dedupeKey: meetingReminderKey(c.meeting_id, c.participant_id, c.starts_at),
        channel: channel.channel,
        toAddress: channel.to,
        language,
        subject: channel.channel === 'email' ? subject : null,
        body,
      });
    },
    [sessionReminderKind]: async (job, env) => {
      const { sessionId, participantId, startsAt } = job.payload as {
        sessionId: string;
        participantId: string;
        startsAt: string;
      };
      // Checked again when the reminder is written: she may have left, been paused, or the session moved.
      const { rows } = await env.db.query<Candidate>(
        `${candidatesSql} and s.id = $3 and p.id = $4 and s.starts_at = $5::timestamptz`,
        [env.now.toISOString(), hours, sessionId, participantId, startsAt],
      );
      const c = rows[0];
      const channel = c && channelFor(c);
      if (!c || !channel) return;
      const language = pickLanguage(c.languages);
      const { subject, body } = renderSessionReminder(language, {
        firstName: c.first_name,
        title: c.title,
        startsAt: c.starts_at,
        place: c.place,
        onlineUrl: c.online_url,
      });
      await addMessage(env.db, {
        unitId: c.unit_id,
        participantId: c.participant_id,
        kind: 'session_reminder',
        dedupeKey: reminderKey(c.session_id, c.participant_id, c.starts_at),
        channel: channel.channel,
        toAddress: channel.to,
        language,
        subject: channel.channel === 'email' ? subject : null,
        body,
      });
    },
  };
}
