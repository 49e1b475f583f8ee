import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '#shared/common.ts';
import {
  CancelMeetingInput,
  CreateMeetingInput,
  MarkMeetingHeldInput,
  Meeting,
  MeetingParams,
  MeetingsQuery,
  UpdateMeetingInput,
} from '#shared/meetings.ts';
import { ctxOf } from '../lib/http.ts';
import { cancelMeeting, createMeeting, listMeetings, markMeetingHeld, updateMeeting } from './service.ts';

const tags = ['meetings'];
const clashNote =
  'Each planned meeting not yet over carries `clashes`: her other meetings and activity sessions, and the ' +
  'staff’s meetings and sessions, at the same time. They are a warning, never a refusal.';

export const meetingRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/participants/:id/meetings',
    {
      config: { permission: 'meetings.read' },
      schema: {
        tags,
        description:
          'Her individual meetings, earliest first, with staff and interpreter; `from` and `to` (Stockholm ' +
          `dates, both included) keep those on or between those days. ${clashNote}`,
        params: IdParams,
        querystring: MeetingsQuery,
        response: { 200: z.array(Meeting) },
      },
    },
    async (request) => listMeetings(ctxOf(request), request.params.id, request.query),
  );
  app.post(
    '/api/participants/:id/meetings',
    {
      config: { permission: 'meetings.write' },
      schema: {
        tags,
        description:
          'Books a meeting with one or more of the unit’s staff; an interpreter language is given exactly ' +
          `when an interpreter is needed. ${clashNote}`,
        params: IdParams,
        body: CreateMeetingInput,
        response: { 201: Meeting },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createMeeting(ctxOf(request), request.params.id, request.body)),
  );
  app.patch(
    '/api/participants/:id/meetings/:meetingId',
    {
      config: { permission: 'meetings.write' },
      schema: {
        tags,
        description:
          'Changes the fields given of a planned meeting; `staffIds` replaces the list. 409 ' +
          '`version_conflict` carries the meeting as `current`; a held or cancelled meeting answers 409 ' +
          '`conflict`.',
        params: MeetingParams,
        body: UpdateMeetingInput,
        response: { 200: Meeting },
      },
    },
    async (request) =>
      updateMeeting(ctxOf(request), request.params.id, request.params.meetingId, request.body),
  );
  app.post(
    '/api/participants/:id/meetings/:meetingId/cancel',
    {
      config: { permission: 'meetings.write' },
      schema: {
        tags,
        description: 'Cancels a planned meeting, with the reason. The meeting is kept, marked cancelled.',
        params: MeetingParams,
        body: CancelMeetingInput,
        response: { 200: Meeting },
      },
    },
    async (request) =>
      cancelMeeting(ctxOf(request), request.params.id, request.params.meetingId, request.body),
  );
  app.post(
    '/api/participants/:id/meetings/:meetingId/held',
    {
      config: { permission: 'meetings.write' },
      schema: {
        tags,
        description:
          'Records that a planned meeting took place (once it has started). What was said belongs in the journal.',
        params: MeetingParams,
        body: MarkMeetingHeldInput,
        response: { 200: Meeting },
      },
    },
    async (request) =>
      markMeetingHeld(ctxOf(request), request.params.id, request.params.meetingId, request.body.version),
  );
};
