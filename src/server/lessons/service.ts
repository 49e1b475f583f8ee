import type { z } from 'zod';
import {
  maxSubtitleBytes,
  maxVideoBytes,
  type CreateLessonInput,
  type Lesson,
  type LessonsQuery,
  type LessonStatusAction,
  type UpdateLessonInput,
} from '#shared/lessons.ts';
import { inTenant } from '../db/tenant.ts';
import type { Queryable } from '../db/types.ts';
import { audit } from '../lib/audit.ts';
import type { Ctx } from '../lib/context.ts';
import { AppError, notFound } from '../lib/errors.ts';
import { newId } from '../lib/ids.ts';
import { updateVersioned } from '../lib/versioned.ts';
import { completeFile, discardFile, receiveFile, type Runner } from './media.ts';
import { selectLessons, type LessonRow } from './presenter.ts';
import { videoType } from './sniff.ts';
import { checkWebVtt } from './webvtt.ts';

const invalid = (path: (string | number)[], message: string) =>
  new AppError('validation', message, { errors: [{ path, message, code: 'custom' }] });

export function unitOf(ctx: Ctx): string {
  if (!ctx.actor.unitId) throw new AppError('forbidden', 'Choose a unit first.');
  return ctx.actor.unitId;
}

/** Runs fn in the caller's unit (row-level security and the SQL both hold it to that unit). */
export function inUnit<T>(ctx: Ctx, fn: (tx: Queryable, unitId: string) => Promise<T>): Promise<T> {
  const unitId = unitOf(ctx);
  return inTenant(ctx, (tx) => fn(tx, unitId));
}

export async function lessonOf(tx: Queryable, unitId: string, lessonId: string): Promise<Lesson> {
  const [lesson] = await selectLessons(tx, unitId, { lessonId });
  if (!lesson) throw notFound('Lesson');
  return lesson;
}

async function lockLesson(tx: Queryable, unitId: string, lessonId: string): Promise<LessonRow> {
  const { rows } = await tx.query<LessonRow>(
    'select * from lessons where id = $1 and unit_id = $2 for update',
    [lessonId, unitId],
  );
  if (!rows[0]) throw notFound('Lesson');
  return rows[0];
}

/** The row at the version the caller read; otherwise 409 with the lesson as it is now. */
async function lessonAt(tx: Queryable, unitId: string, lessonId: string, version: number) {
  const row = await lockLesson(tx, unitId, lessonId);
  if (row.version !== version) {
    throw new AppError('version_conflict', 'Someone else changed this lesson since you opened it.', {
      current: await lessonOf(tx, unitId, lessonId),
    });
  }
  return row;
}

function editable(row: LessonRow) {
  if (row.status === 'archived')
    throw new AppError('conflict', 'The lesson is archived and can no longer change.');
}

/** Every group must be an activity of the caller's unit that is not archived. */
async function setActivities(tx: Queryable, unitId: string, lessonId: string, activityIds: string[]) {
  const { rows } = await tx.query<{ id: string }>(
    'select id from activities where id = any($1::uuid[]) and unit_id = $2 and archived_at is null',
    [activityIds, unitId],
  );
  const ours = new Set(rows.map((r) => r.id));
  const index = activityIds.findIndex((id) => !ours.has(id));
  if (index >= 0) throw invalid(['activityIds', index], 'Not an activity of this unit.');
  await tx.query('delete from lesson_activities where lesson_id = $1', [lessonId]);
  await tx.query(
    `insert into lesson_activities (lesson_id, activity_id, unit_id) select $1, a, $2 from unnest($3::uuid[]) a`,
    [lessonId, unitId, activityIds],
  );
}

export function listLessons(ctx: Ctx, query: z.output<typeof LessonsQuery>): Promise<Lesson[]> {
  return inUnit(ctx, (tx, unitId) => selectLessons(tx, unitId, { status: query.status }));
}

export function getLesson(ctx: Ctx, lessonId: string): Promise<Lesson> {
  return inUnit(ctx, (tx, unitId) => lessonOf(tx, unitId, lessonId));
}

export function createLesson(ctx: Ctx, input: z.output<typeof CreateLessonInput>): Promise<Lesson> {
  return inUnit(ctx, async (tx, unitId) => {
    const id = newId();
    await tx.query(
      `insert into lessons (id, unit_id, title, description, languages, video_url, created_by)
       values ($1, $2, $3, $4, $5, $6, $7)`,
      [
        id,
        unitId,
        input.title,
        input.description ?? null,
        input.languages,
        input.videoUrl ?? null,
        ctx.actor.userId,
      ],
    );
    await setActivities(tx, unitId, id, input.activityIds);
    await audit(tx, ctx, {
      action: 'lesson.create',
      subjectType: 'lesson',
      subjectId: id,
      details: { activities: input.activityIds.length },
    });
    return lessonOf(tx, unitId, id);
  });
}

/** Changes the fields given at the version the caller read; `activityIds` replaces the groups. */
export function updateLesson(
  ctx: Ctx,
  lessonId: string,
  input: z.output<typeof UpdateLessonInput>,
): Promise<Lesson> {
  return inUnit(ctx, async (tx, unitId) => {
    editable(await lessonAt(tx, unitId, lessonId, input.version));
    const changes = {
      title: input.title,
      description: input.description,
      languages: input.languages,
      video_url: input.videoUrl,
    };
    const fields = Object.entries(changes)
      .filter(([, v]) => v !== undefined)
      .map(([k]) => k);
    if (input.activityIds) {
      await setActivities(tx, unitId, lessonId, input.activityIds);
      fields.push('activities');
    }
    await updateVersioned(
      tx,
      'lessons',
      lessonId,
      input.version,
      { ...changes, updated_at: new Date(), updated_by: ctx.actor.userId },
      'Lesson',
      () => lessonOf(tx, unitId, lessonId),
    );
    await audit(tx, ctx, {
      action: 'lesson.update',
      subjectType: 'lesson',
      subjectId: lessonId,
      details: { fields },
    });
    return lessonOf(tx, unitId, lessonId);
  });
}

/** Publish (participants see it), unpublish (back to draft) or archive, at the version read. */
export function changeLessonStatus(
  ctx: Ctx,
  lessonId: string,
  action: z.output<typeof LessonStatusAction>,
  version: number,
): Promise<Lesson> {
  return inUnit(ctx, async (tx, unitId) => {
    const row = await lessonAt(tx, unitId, lessonId, version);
    editable(row);
    const now = new Date();
    let changes: Record<string, unknown>;
    if (action === 'publish') {
      if (row.status === 'published') throw new AppError('conflict', 'The lesson is already published.');
      if (!row.video_file_id && !row.video_url) {
        throw new AppError('conflict', 'Upload a video or give a link before publishing.');
      }
      changes = { status: 'published', published_at: now };
    } else if (action === 'unpublish') {
      if (row.status !== 'published') throw new AppError('conflict', 'The lesson is not published.');
      changes = { status: 'draft' };
    } else {
      changes = { status: 'archived', archived_at: now };
    }
    await updateVersioned(
      tx,
      'lessons',
      lessonId,
      version,
      { ...changes, updated_at: now, updated_by: ctx.actor.userId },
      'Lesson',
      () => lessonOf(tx, unitId, lessonId),
    );
    await audit(tx, ctx, { action: `lesson.${action}`, subjectType: 'lesson', subjectId: lessonId });
    return lessonOf(tx, unitId, lessonId);
  });
}

/**
 * Receives an uploaded video (mp4 or webm by its first bytes) chunk by chunk as it arrives and makes it the
 * lesson's, at the version the teacher read: checked before the first byte is stored and again when the last
 * is in (a video that lost to another edit meanwhile is removed, and she gets the conflict).
 */
export async function uploadLessonVideo(
  ctx: Ctx,
  lessonId: string,
  version: number,
  body: AsyncIterable<Buffer>,
): Promise<Lesson> {
  await inUnit(ctx, async (tx, unitId) => editable(await lessonAt(tx, unitId, lessonId, version)));
  const run: Runner = (fn) => inUnit(ctx, (tx) => fn(tx));
  const video = await receiveFile(run, body, {
    unitId: unitOf(ctx),
    lessonId,
    participantId: null,
    kind: 'video',
    createdBy: ctx.actor.userId,
    maxBytes: maxVideoBytes,
    type: videoType,
    refusal: 'The file is not an MP4 or WebM video.',
  });
  try {
    return await inUnit(ctx, async (tx, unitId) => {
      editable(await lessonAt(tx, unitId, lessonId, version));
      await completeFile(tx, video);
      await updateVersioned(
        tx,
        'lessons',
        lessonId,
        version,
        { video_file_id: video.id, updated_at: new Date(), updated_by: ctx.actor.userId },
        'Lesson',
        () => lessonOf(tx, unitId, lessonId),
      );
      await audit(tx, ctx, {
        action: 'lesson.video_upload',
        subjectType: 'lesson',
        subjectId: lessonId,
        details: { contentType: video.contentType, bytes: video.sizeBytes },
      });
      return lessonOf(tx, unitId, lessonId);
    });
  } catch (error) {
    await run((tx) => discardFile(tx, video.id));
    throw error;
  }
}

/** Stores (or replaces) the subtitles in one language, once they are valid WebVTT. */
export function putSubtitles(ctx: Ctx, lessonId: string, language: string, bytes: Buffer): Promise<Lesson> {
  if (bytes.length > maxSubtitleBytes)
    throw new AppError('payload_too_large', 'The subtitle file is too large.');
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
  const problem = checkWebVtt(text);
  if (problem) throw invalid(['vtt'], problem);
  return inUnit(ctx, async (tx, unitId) => {
    editable(await lockLesson(tx, unitId, lessonId));
    await tx.query(
      `insert into lesson_subtitles (lesson_id, unit_id, language, vtt, created_by) values ($1, $2, $3, $4, $5)
       on conflict (lesson_id, language) do update
         set vtt = excluded.vtt, created_at = now(), created_by = excluded.created_by`,
      [lessonId, unitId, language, text, ctx.actor.userId],
    );
    await audit(tx, ctx, {
      action: 'lesson.subtitles_upload',
      subjectType: 'lesson',
      subjectId: lessonId,
      details: { language },
    });
    return lessonOf(tx, unitId, lessonId);
  });
}

export function removeSubtitles(ctx: Ctx, lessonId: string, language: string): Promise<Lesson> {
  return inUnit(ctx, async (tx, unitId) => {
    editable(await lockLesson(tx, unitId, lessonId));
    const { rowCount } = await tx.query(
      'delete from lesson_subtitles where lesson_id = $1 and language = $2',
      [lessonId, language],
    );
    if (!rowCount) throw notFound('Subtitles');
    await audit(tx, ctx, {
      action: 'lesson.subtitles_remove',
      subjectType: 'lesson',
      subjectId: lessonId,
      details: { language },
    });
    return lessonOf(tx, unitId, lessonId);
  });
}

/** A lesson's subtitles in one language, for staff (the lesson is teaching material, not personal data). */
export function getSubtitles(ctx: Ctx, lessonId: string, language: string): Promise<string> {
  return inUnit(ctx, async (tx, unitId) => {
    const { rows } = await tx.query<{ vtt: string }>(
      'select vtt from lesson_subtitles where lesson_id = $1 and unit_id = $2 and language = $3',
      [lessonId, unitId, language],
    );
    if (!rows[0]) throw notFound('Subtitles');
    return rows[0].vtt;
  });
}
