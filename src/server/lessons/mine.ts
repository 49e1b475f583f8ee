import type { z } from 'zod';
import {
  maxVoiceBytes,
  type CreateFeedbackInput,
  type MyLesson,
  type MyLessonFeedback,
} from '#shared/lessons.ts';
import { inParticipant, type ParticipantCtx } from '../db/tenant.ts';
import type { Queryable } from '../db/types.ts';
import { AppError, notFound } from '../lib/errors.ts';
import { newId } from '../lib/ids.ts';
import { auditAsParticipant } from '../participant-access/me.ts';
import { findFile, readRange, storeFile, type StoredFile } from './media.ts';
import { selectMyLessons } from './presenter.ts';
import type { ByteRange } from './range.ts';
import { voiceType } from './sniff.ts';

// Her side of the lessons. Every function runs in her own context (inParticipant): her id is from her session,
// and row-level security opens only the lessons open to her and her own views, marks, feedback and voice.

async function myLesson(tx: Queryable, ctx: ParticipantCtx, lessonId: string): Promise<MyLesson> {
  const [lesson] = await selectMyLessons(tx, ctx.participant.participantId, lessonId);
  if (!lesson) throw notFound('Lesson');
  return lesson;
}

export function listMyLessons(ctx: ParticipantCtx): Promise<MyLesson[]> {
  return inParticipant(ctx, async (tx) => {
    const lessons = await selectMyLessons(tx, ctx.participant.participantId);
    await auditAsParticipant(tx, ctx, { action: 'lesson.my_list', details: { returned: lessons.length } });
    return lessons;
  });
}

export function getMyLesson(ctx: ParticipantCtx, lessonId: string): Promise<MyLesson> {
  return inParticipant(ctx, async (tx) => {
    const lesson = await myLesson(tx, ctx, lessonId);
    await auditAsParticipant(tx, ctx, {
      action: 'lesson.my_read',
      subjectType: 'lesson',
      subjectId: lessonId,
    });
    return lesson;
  });
}

/** She started playing it: one more view (watching again and again counts each time). */
export function recordView(ctx: ParticipantCtx, lessonId: string): Promise<MyLesson> {
  return inParticipant(ctx, async (tx) => {
    await myLesson(tx, ctx, lessonId);
    await tx.query(
      'insert into lesson_views (id, unit_id, lesson_id, participant_id) values ($1, $2, $3, $4)',
      [newId(), ctx.participant.unitId, lessonId, ctx.participant.participantId],
    );
    await auditAsParticipant(tx, ctx, { action: 'lesson.view', subjectType: 'lesson', subjectId: lessonId });
    return myLesson(tx, ctx, lessonId);
  });
}

/** "I understood": kept from the first time she says so; saying it again changes nothing. */
export function markUnderstood(ctx: ParticipantCtx, lessonId: string): Promise<MyLesson> {
  return inParticipant(ctx, async (tx) => {
    const lesson = await myLesson(tx, ctx, lessonId);
    if (lesson.understoodAt) return lesson;
    await tx.query(
      'insert into lesson_understood (id, unit_id, lesson_id, participant_id) values ($1, $2, $3, $4)',
      [newId(), ctx.participant.unitId, lessonId, ctx.participant.participantId],
    );
    await auditAsParticipant(tx, ctx, {
      action: 'lesson.understood',
      subjectType: 'lesson',
      subjectId: lessonId,
    });
    return myLesson(tx, ctx, lessonId);
  });
}

export function createFeedback(
  ctx: ParticipantCtx,
  lessonId: string,
  input: z.output<typeof CreateFeedbackInput>,
): Promise<MyLessonFeedback> {
  return inParticipant(ctx, async (tx) => {
    await myLesson(tx, ctx, lessonId);
    const id = newId();
    await tx.query(
      `insert into lesson_feedback (id, unit_id, lesson_id, participant_id, rating, words)
       values ($1, $2, $3, $4, $5, $6)`,
      [
        id,
        ctx.participant.unitId,
        lessonId,
        ctx.participant.participantId,
        input.rating,
        input.words ?? null,
      ],
    );
    await auditAsParticipant(tx, ctx, {
      action: 'lesson.feedback',
      subjectType: 'lesson_feedback',
      subjectId: id,
      details: { lessonId, rating: input.rating, words: Boolean(input.words) },
    });
    const feedback = (await myLesson(tx, ctx, lessonId)).feedback.find((f) => f.id === id);
    if (!feedback) throw new Error('feedback just written is not visible to her');
    return feedback;
  });
}

/** Her voice message for her own feedback: once, while unanswered; audio by its first bytes, size-limited. */
export function attachVoice(
  ctx: ParticipantCtx,
  lessonId: string,
  feedbackId: string,
  bytes: Buffer,
): Promise<MyLessonFeedback> {
  if (bytes.length > maxVoiceBytes) throw new AppError('payload_too_large', 'The voice message is too long.');
  const contentType = voiceType(bytes);
  if (!contentType) throw new AppError('unsupported_media_type', 'The file is not WebM, Ogg or MP4 audio.');
  return inParticipant(ctx, async (tx) => {
    const feedback = (await myLesson(tx, ctx, lessonId)).feedback.find((f) => f.id === feedbackId);
    if (!feedback) throw notFound('Feedback');
    if (feedback.hasVoice || feedback.answer) {
      throw new AppError('conflict', 'This feedback already has a voice message or an answer.');
    }
    const fileId = await storeFile(tx, {
      unitId: ctx.participant.unitId,
      lessonId,
      participantId: ctx.participant.participantId,
      kind: 'voice',
      contentType,
      createdBy: null,
      bytes,
    });
    await tx.query('update lesson_feedback set voice_file_id = $1 where id = $2 and participant_id = $3', [
      fileId,
      feedbackId,
      ctx.participant.participantId,
    ]);
    await auditAsParticipant(tx, ctx, {
      action: 'lesson.voice',
      subjectType: 'lesson_feedback',
      subjectId: feedbackId,
      details: { contentType, bytes: bytes.length },
    });
    return { ...feedback, hasVoice: true };
  });
}

/** The video of a lesson open to her. */
export function openMyVideo(ctx: ParticipantCtx, lessonId: string): Promise<StoredFile> {
  return inParticipant(ctx, async (tx) => {
    const { rows } = await tx.query<{ video_file_id: string | null }>(
      'select video_file_id from lessons where id = $1 and lesson_open_to_participant(id)',
      [lessonId],
    );
    const file = rows[0]?.video_file_id ? await findFile(tx, rows[0].video_file_id) : null;
    if (!file) throw notFound('Video');
    return file;
  });
}

/** Her own voice message, to listen to it again. */
export function openMyVoice(ctx: ParticipantCtx, lessonId: string, feedbackId: string): Promise<StoredFile> {
  return inParticipant(ctx, async (tx) => {
    const { rows } = await tx.query<{ voice_file_id: string | null }>(
      'select voice_file_id from lesson_feedback where id = $1 and lesson_id = $2 and participant_id = $3',
      [feedbackId, lessonId, ctx.participant.participantId],
    );
    const file = rows[0]?.voice_file_id ? await findFile(tx, rows[0].voice_file_id) : null;
    if (!file) throw notFound('Voice message');
    await auditAsParticipant(tx, ctx, {
      action: 'lesson.my_voice_read',
      subjectType: 'lesson_feedback',
      subjectId: feedbackId,
    });
    return file;
  });
}

/** Subtitles of a lesson open to her. */
export function getMySubtitles(ctx: ParticipantCtx, lessonId: string, language: string): Promise<string> {
  return inParticipant(ctx, async (tx) => {
    const { rows } = await tx.query<{ vtt: string }>(
      'select vtt from lesson_subtitles where lesson_id = $1 and language = $2 and lesson_open_to_participant(lesson_id)',
      [lessonId, language],
    );
    if (!rows[0]) throw notFound('Subtitles');
    return rows[0].vtt;
  });
}

/** A range of a file she may read (row-level security decides: her lessons' videos and her own voice). */
export function readMyFile(ctx: ParticipantCtx, file: StoredFile, range: ByteRange): Promise<Buffer> {
  return inParticipant(ctx, (tx) => readRange(tx, file, range));
}
