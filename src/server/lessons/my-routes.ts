import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateFeedbackInput,
  FeedbackParams,
  LessonParams,
  maxVoiceBytes,
  MyLesson,
  MyLessonFeedback,
  SubtitleParams,
} from '#shared/lessons.ts';
import { participantCtxOf } from '../participant-access/hook.ts';
import {
  attachVoice,
  createFeedback,
  getMyLesson,
  getMySubtitles,
  listMyLessons,
  markUnderstood,
  openMyVideo,
  openMyVoice,
  readMyFile,
  recordView,
} from './mine.ts';
import { acceptRawUploads, rawBody } from './raw-body.ts';
import { sendStoredFile } from './serve.ts';

const tags = ['participant app'];
const auth = { auth: 'participant' } as const;

/** Her lessons in the participant app: her id is from her session only (participantCtxOf). */
export const myLessonRoutes: FastifyPluginAsyncZod = async (app) => {
  acceptRawUploads(app);

  app.get(
    '/api/me/lessons',
    {
      config: auth,
      schema: {
        tags,
        description:
          'The published lessons of her unit for her whole unit or her groups, with her views and feedback.',
        response: { 200: z.array(MyLesson) },
      },
    },
    async (request) => listMyLessons(participantCtxOf(request)),
  );
  app.get(
    '/api/me/lessons/:id',
    { config: auth, schema: { tags, params: LessonParams, response: { 200: MyLesson } } },
    async (request) => getMyLesson(participantCtxOf(request), request.params.id),
  );
  app.get(
    '/api/me/lessons/:id/video',
    {
      config: auth,
      schema: { tags, description: 'The video, with HTTP range requests.', params: LessonParams },
    },
    async (request, reply) => {
      const ctx = participantCtxOf(request);
      const file = await openMyVideo(ctx, request.params.id);
      return sendStoredFile(request, reply, file, (range) => readMyFile(ctx, file, range));
    },
  );
  app.get(
    '/api/me/lessons/:id/subtitles/:language',
    { config: auth, schema: { tags, params: SubtitleParams } },
    async (request, reply) =>
      reply
        .type('text/vtt; charset=utf-8')
        .send(await getMySubtitles(participantCtxOf(request), request.params.id, request.params.language)),
  );
  app.post(
    '/api/me/lessons/:id/views',
    {
      config: auth,
      schema: {
        tags,
        description: 'She started playing it.',
        params: LessonParams,
        response: { 201: MyLesson },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await recordView(participantCtxOf(request), request.params.id)),
  );
  app.post(
    '/api/me/lessons/:id/understood',
    { config: auth, schema: { tags, params: LessonParams, response: { 200: MyLesson } } },
    async (request) => markUnderstood(participantCtxOf(request), request.params.id),
  );
  app.post(
    '/api/me/lessons/:id/feedback',
    {
      config: auth,
      schema: { tags, params: LessonParams, body: CreateFeedbackInput, response: { 201: MyLessonFeedback } },
    },
    async (request, reply) =>
      reply.code(201).send(await createFeedback(participantCtxOf(request), request.params.id, request.body)),
  );
  app.put(
    '/api/me/lessons/:id/feedback/:feedbackId/voice',
    {
      config: auth,
      bodyLimit: maxVoiceBytes,
      schema: {
        tags,
        description:
          'Her voice message as the body (WebM, Ogg or MP4 audio by its first bytes; at most 2 MB).',
        params: FeedbackParams,
        response: { 200: MyLessonFeedback },
      },
    },
    async (request) =>
      attachVoice(
        participantCtxOf(request),
        request.params.id,
        request.params.feedbackId,
        await rawBody(request),
      ),
  );
  app.get(
    '/api/me/lessons/:id/feedback/:feedbackId/voice',
    { config: auth, schema: { tags, params: FeedbackParams } },
    async (request, reply) => {
      const ctx = participantCtxOf(request);
      const file = await openMyVoice(ctx, request.params.id, request.params.feedbackId);
      return sendStoredFile(request, reply, file, (range) => readMyFile(ctx, file, range));
    },
  );
};
