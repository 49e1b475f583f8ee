import type { AnswerFeedbackInput, LessonFeedback, LessonReport, LessonWatcher } from '#shared/lessons.ts';
import type { z } from 'zod';
import type { Queryable } from '../db/types.ts';
import { audit } from '../lib/audit.ts';
import type { Ctx } from '../lib/context.ts';
import { notFound } from '../lib/errors.ts';
import { updateVersioned } from '../lib/versioned.ts';
import { findFile, readRange, type StoredFile } from './media.ts';
import { feedbackSelect, presentFeedback, type FeedbackRow } from './presenter.ts';
import type { ByteRange } from './range.ts';
import { inUnit, lessonOf } from './service.ts';

type WatcherRow = {
  participant_id: string;
  name: string;
  views: number;
  last_viewed_at: Date | null;
  understood_at: Date | null;
};

const today = `(now() at time zone 'Europe/Stockholm')::date`;

/**
 * Who the lesson is for and who watched it: the participants of its groups (or of the one group asked for)
 * and, without a group, anyone who watched, understood or answered it; each with views, the last one, and
 * when she marked it understood.
 */
const watchersSql = `
  with audience as (
    select ap.participant_id
      from lesson_activities la join activity_participants ap on ap.activity_id = la.activity_id
     where la.lesson_id = $1 and ($2::uuid is null or la.activity_id = $2)
       and (ap.left_on is null or ap.left_on >= ${today})
    union select participant_id from lesson_views where lesson_id = $1 and $2::uuid is null
    union select participant_id from lesson_understood where lesson_id = $1 and $2::uuid is null
    union select participant_id from lesson_feedback where lesson_id = $1 and $2::uuid is null)
  select p.id as participant_id, p.first_name || ' ' || p.last_name as name,
         (select count(*)::int from lesson_views v where v.lesson_id = $1 and v.participant_id = p.id) as views,
         (select max(v.viewed_at) from lesson_views v where v.lesson_id = $1 and v.participant_id = p.id)
           as last_viewed_at,
         (select min(x.understood_at) from lesson_understood x where x.lesson_id = $1 and x.participant_id = p.id)
           as understood_at
    from audience a join participants p on p.id = a.participant_id and p.unit_id = $3
   where p.merged_into is null
   order by p.last_name, p.first_name, p.id`;

/** The teacher's view of one lesson: watchers and feedback. Reading them is audited, naming the participants. */
export function getLessonReport(ctx: Ctx, lessonId: string, activityId?: string): Promise<LessonReport> {
  return inUnit(ctx, async (tx, unitId) => {
    await lessonOf(tx, unitId, lessonId);
    const watchers = await tx.query<WatcherRow>(watchersSql, [lessonId, activityId ?? null, unitId]);
    const feedback = await tx.query<FeedbackRow>(
      `${feedbackSelect}
        where fb.lesson_id = $1 and fb.unit_id = $2
          and ($3::uuid is null or fb.participant_id in
                (select participant_id from activity_participants where activity_id = $3))
        order by fb.created_at desc, fb.id`,
      [lessonId, unitId, activityId ?? null],
    );
    const participants = [
      ...new Set([
        ...watchers.rows.map((w) => w.participant_id),
        ...feedback.rows.map((f) => f.participant_id),
      ]),
    ];
    await audit(tx, ctx, {
      action: 'lesson.report_read',
      subjectType: 'lesson',
      subjectId: lessonId,
      details: { activityId: activityId ?? null, participants },
    });
    return {
      watchers: watchers.rows.map((w): LessonWatcher => ({
        participantId: w.participant_id,
        name: w.name,
        views: w.views,
        lastViewedAt: w.last_viewed_at?.toISOString() ?? null,
        understoodAt: w.understood_at?.toISOString() ?? null,
      })),
      feedback: feedback.rows.map(presentFeedback),
    };
  });
}

async function feedbackOf(tx: Queryable, unitId: string, lessonId: string, feedbackId: string) {
  const { rows } = await tx.query<FeedbackRow>(
    `${feedbackSelect} where fb.id = $1 and fb.lesson_id = $2 and fb.unit_id = $3`,
    [feedbackId, lessonId, unitId],
  );
  if (!rows[0]) throw notFound('Feedback');
  return rows[0];
}

/** The teacher answers her feedback at the version read; she sees the answer on her lesson page. */
export function answerFeedback(
  ctx: Ctx,
  lessonId: string,
  feedbackId: string,
  input: z.output<typeof AnswerFeedbackInput>,
): Promise<LessonFeedback> {
  return inUnit(ctx, async (tx, unitId) => {
    const row = await feedbackOf(tx, unitId, lessonId, feedbackId);
    await updateVersioned(
      tx,
      'lesson_feedback',
      feedbackId,
      input.version,
      { answer: input.answer, answered_at: new Date(), answered_by: ctx.actor.userId },
      'Feedback',
      async () => presentFeedback(await feedbackOf(tx, unitId, lessonId, feedbackId)),
    );
    await audit(tx, ctx, {
      action: 'lesson.feedback_answer',
      participantId: row.participant_id,
      subjectType: 'lesson_feedback',
      subjectId: feedbackId,
    });
    return presentFeedback(await feedbackOf(tx, unitId, lessonId, feedbackId));
  });
}

/** A voice message's file for staff; opening it is audited as a read of her data. */
export function openFeedbackVoice(ctx: Ctx, lessonId: string, feedbackId: string): Promise<StoredFile> {
  return inUnit(ctx, async (tx, unitId) => {
    const row = await feedbackOf(tx, unitId, lessonId, feedbackId);
    const file = row.voice_file_id ? await findFile(tx, row.voice_file_id) : null;
    if (!file) throw notFound('Voice message');
    await audit(tx, ctx, {
      action: 'lesson.voice_read',
      participantId: row.participant_id,
      subjectType: 'lesson_feedback',
      subjectId: feedbackId,
    });
    return file;
  });
}

/** The lesson's current video file, for staff. */
export function openLessonVideo(ctx: Ctx, lessonId: string): Promise<StoredFile> {
  return inUnit(ctx, async (tx, unitId) => {
    const { rows } = await tx.query<{ video_file_id: string | null }>(
      'select video_file_id from lessons where id = $1 and unit_id = $2',
      [lessonId, unitId],
    );
    const file = rows[0]?.video_file_id ? await findFile(tx, rows[0].video_file_id) : null;
    if (!file) throw notFound('Video');
    return file;
  });
}

/** Reads a range of one of the unit's files (row-level security keeps it to the unit). */
export function readUnitFile(ctx: Ctx, file: StoredFile, range: ByteRange): Promise<Buffer> {
  return inUnit(ctx, (tx) => readRange(tx, file, range));
}
