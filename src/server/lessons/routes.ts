import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AnswerFeedbackInput,
  CreateLessonInput,
  FeedbackParams,
  Lesson,
  LessonActionParams,
  LessonFeedback,
  LessonParams,
  LessonReport,
  LessonsQuery,
  LessonVersionInput,
  maxSubtitleBytes,
  maxVideoBytes,
  ReportQuery,
  SubtitleParams,
  UpdateLessonInput,
  UploadQuery,
} from '#shared/lessons.ts';
import { ctxOf } from '../lib/http.ts';
import { acceptRawUploads, bodyStream, rawBody } from './raw-body.ts';
import {
  answerFeedback,
  getLessonReport,
  openFeedbackVoice,
  openLessonVideo,
  readUnitFile,
} from './report.ts';
import { sendStoredFile } from './serve.ts';
import {
  changeLessonStatus,
  createLesson,
  getLesson,
  getSubtitles,
  listLessons,
  putSubtitles,
  removeSubtitles,
  updateLesson,
  uploadLessonVideo,
} from './service.ts';

const tags = ['lessons'];
const read = { permission: 'lessons.read' } as const;
const write = { permission: 'lessons.write' } as const;

/** The teachers' side: lessons of the unit, their video and subtitles, who watched, feedback and answers. */
export const lessonRoutes: FastifyPluginAsyncZod = async (app) => {
  acceptRawUploads(app);

  app.get(
    '/api/lessons',
    { config: read, schema: { tags, querystring: LessonsQuery, response: { 200: z.array(Lesson) } } },
    async (request) => listLessons(ctxOf(request), request.query),
  );
  app.post(
    '/api/lessons',
    {
      config: write,
      schema: {
        tags,
        description: 'A draft lesson; `activityIds` are the groups it is for (none: the whole unit).',
        body: CreateLessonInput,
        response: { 201: Lesson },
      },
    },
    async (request, reply) => reply.code(201).send(await createLesson(ctxOf(request), request.body)),
  );
  app.get(
    '/api/lessons/:id',
    { config: read, schema: { tags, params: LessonParams, response: { 200: Lesson } } },
    async (request) => getLesson(ctxOf(request), request.params.id),
  );
  app.patch(
    '/api/lessons/:id',
    {
      config: write,
      schema: {
        tags,
        description: 'Changes the fields given at the version read (409 `version_conflict` with `current`).',
        params: LessonParams,
        body: UpdateLessonInput,
        response: { 200: Lesson },
      },
    },
    async (request) => updateLesson(ctxOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/lessons/:id/:action',
    {
      config: write,
      schema: {
        tags,
        description:
          '`publish` (it needs a video or a link), `unpublish` (back to draft) or `archive`, at the version read.',
        params: LessonActionParams,
        body: LessonVersionInput,
        response: { 200: Lesson },
      },
    },
    async (request) =>
      changeLessonStatus(ctxOf(request), request.params.id, request.params.action, request.body.version),
  );
  app.put(
    '/api/lessons/:id/video',
    {
      config: write,
      bodyLimit: maxVideoBytes,
      schema: {
        tags,
        description:
          'The video file itself as the body (MP4 or WebM, recognised by its first bytes; at most 100 MB), at ' +
          'the lesson version read.',
        params: LessonParams,
        querystring: UploadQuery,
        response: { 200: Lesson },
      },
    },
    async (request) =>
      uploadLessonVideo(ctxOf(request), request.params.id, request.query.version, bodyStream(request)),
  );
  app.get(
    '/api/lessons/:id/video',
    {
      config: read,
      schema: { tags, description: 'The video, with HTTP range requests.', params: LessonParams },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const file = await openLessonVideo(ctx, request.params.id);
      return sendStoredFile(request, reply, file, (range) => readUnitFile(ctx, file, range));
    },
  );
  app.put(
    '/api/lessons/:id/subtitles/:language',
    {
      config: write,
      bodyLimit: maxSubtitleBytes,
      schema: {
        tags,
        description: 'WebVTT subtitles in one language as the body (text/vtt); they replace earlier ones.',
        params: SubtitleParams,
        response: { 200: Lesson },
      },
    },
    async (request) =>
      putSubtitles(ctxOf(request), request.params.id, request.params.language, await rawBody(request)),
  );
  app.get(
    '/api/lessons/:id/subtitles/:language',
    { config: read, schema: { tags, params: SubtitleParams } },
    async (request, reply) =>
      reply
        .type('text/vtt; charset=utf-8')
        .send(await getSubtitles(ctxOf(request), request.params.id, request.params.language)),
  );
  app.delete(
    '/api/lessons/:id/subtitles/:language',
    { config: write, schema: { tags, params: SubtitleParams, response: { 200: Lesson } } },
    async (request) => removeSubtitles(ctxOf(request), request.params.id, request.params.language),
  );
  app.get(
    '/api/lessons/:id/report',
    {
      config: read,
      schema: {
        tags,
        description:
          'Who watched (views, the last one), who understood, and the feedback; `activityId` keeps one group. ' +
          'Audited as a read of those participants’ data.',
        params: LessonParams,
        querystring: ReportQuery,
        response: { 200: LessonReport },
      },
    },
    async (request) => getLessonReport(ctxOf(request), request.params.id, request.query.activityId),
  );
  app.post(
    '/api/lessons/:id/feedback/:feedbackId/answer',
    {
      config: write,
      schema: {
        tags,
        description: 'The teacher’s answer, at the version read; she sees it on her lesson page.',
        params: FeedbackParams,
        body: AnswerFeedbackInput,
        response: { 200: LessonFeedback },
      },
    },
    async (request) =>
      answerFeedback(ctxOf(request), request.params.id, request.params.feedbackId, request.body),
  );
  app.get(
    '/api/lessons/:id/feedback/:feedbackId/voice',
    { config: read, schema: { tags, description: 'Her voice message (audited).', params: FeedbackParams } },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const file = await openFeedbackVoice(ctx, request.params.id, request.params.feedbackId);
      return sendStoredFile(request, reply, file, (range) => readUnitFile(ctx, file, range));
    },
  );
};
