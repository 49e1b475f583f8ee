import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  Activity,
  ActivityParticipant,
  ActivityType,
  AddSessionsInput,
  AttendanceParams,
  AttendedHours,
  CreateActivityInput,
  JoinActivityInput,
  LeaveActivityInput,
  MarkAttendanceInput,
  MonthQuery,
  ParticipantAttendance,
  Roster,
  RosterLine,
  Session,
  SessionsQuery,
  UpdateActivityInput,
  UpdateSessionInput,
} from '#shared/activities.ts';
import { IdParams } from '#shared/common.ts';
import { ctxOf } from '../lib/http.ts';
import { activityHours, getRoster, markAttendance, participantHours } from './attendance.ts';
import { joinActivity, leaveActivity, listActivityParticipants } from './participation.ts';
import { createActivity, getActivity, listActivities, listActivityTypes, updateActivity } from './service.ts';
import { addSessions, listSessions, updateSession } from './sessions.ts';

const tags = ['activities'];
const read = { permission: 'activities.read' } as const;
const manage = { permission: 'activities.manage' } as const;
const ParticipantParams = z.strictObject({ id: z.uuid(), participantId: z.uuid() });

export const activityRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/activity-types',
    { config: read, schema: { tags, response: { 200: z.array(ActivityType) } } },
    async (request) => listActivityTypes(ctxOf(request)),
  );
  app.get(
    '/api/activities',
    { config: read, schema: { tags, response: { 200: z.array(Activity) } } },
    async (request) => listActivities(ctxOf(request)),
  );
  app.post(
    '/api/activities',
    { config: manage, schema: { tags, body: CreateActivityInput, response: { 201: Activity } } },
    async (request, reply) => reply.status(201).send(await createActivity(ctxOf(request), request.body)),
  );
  app.get(
    '/api/activities/:id',
    { config: read, schema: { tags, params: IdParams, response: { 200: Activity } } },
    async (request) => getActivity(ctxOf(request), request.params.id),
  );
  app.patch(
    '/api/activities/:id',
    {
      config: manage,
      schema: { tags, params: IdParams, body: UpdateActivityInput, response: { 200: Activity } },
    },
    async (request) => updateActivity(ctxOf(request), request.params.id, request.body),
  );
  app.get(
    '/api/activities/:id/sessions',
    {
      config: read,
      schema: { tags, params: IdParams, querystring: SessionsQuery, response: { 200: z.array(Session) } },
    },
    async (request) => listSessions(ctxOf(request), request.params.id, request.query),
  );
  app.post(
    '/api/activities/:id/sessions',
    {
      config: manage,
      schema: {
        tags,
        description:
          'Adds one session, or a series by an RFC 5545 RRULE (with COUNT or UNTIL, at most 200), in Europe/Stockholm time.',
        params: IdParams,
        body: AddSessionsInput,
        response: { 201: z.array(Session) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addSessions(ctxOf(request), request.params.id, request.body)),
  );
  app.patch(
    '/api/activity-sessions/:id',
    {
      config: manage,
      schema: {
        tags,
        description: 'Moves or cancels one session, or records its guests and a note.',
        params: IdParams,
        body: UpdateSessionInput,
        response: { 200: Session },
      },
    },
    async (request) => updateSession(ctxOf(request), request.params.id, request.body),
  );
  app.get(
    '/api/activities/:id/participants',
    { config: read, schema: { tags, params: IdParams, response: { 200: z.array(ActivityParticipant) } } },
    async (request) => listActivityParticipants(ctxOf(request), request.params.id),
  );
  app.post(
    '/api/activities/:id/participants',
    {
      config: manage,
      schema: {
        tags,
        params: IdParams,
        body: JoinActivityInput,
        response: { 200: z.array(ActivityParticipant) },
      },
    },
    async (request) => joinActivity(ctxOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/activities/:id/participants/:participantId/leave',
    {
      config: manage,
      schema: {
        tags,
        params: ParticipantParams,
        body: LeaveActivityInput,
        response: { 200: z.array(ActivityParticipant) },
      },
    },
    async (request) =>
      leaveActivity(ctxOf(request), request.params.id, request.params.participantId, request.body.leftOn),
  );
  app.get(
    '/api/activity-sessions/:id/attendance',
    { config: read, schema: { tags, params: IdParams, response: { 200: Roster } } },
    async (request) => getRoster(ctxOf(request), request.params.id),
  );
  app.put(
    '/api/activity-sessions/:id/attendance/:participantId',
    {
      config: { permission: 'attendance.write' },
      schema: {
        tags,
        description: 'One tap: present, absent or excused, saved at once (idempotent).',
        params: AttendanceParams,
        body: MarkAttendanceInput,
        response: { 200: RosterLine },
      },
    },
    async (request) =>
      markAttendance(ctxOf(request), request.params.id, request.params.participantId, request.body),
  );
  app.get(
    '/api/activities/:id/attendance',
    {
      config: read,
      schema: {
        tags,
        description: 'Attested hours per participant in a month.',
        params: IdParams,
        querystring: MonthQuery,
        response: { 200: z.array(AttendedHours) },
      },
    },
    async (request) => activityHours(ctxOf(request), request.params.id, request.query.month),
  );
  app.get(
    '/api/participants/:id/attendance',
    {
      config: { permission: 'participants.read' },
      schema: {
        tags,
        description: 'Her attested hours in a month, per activity.',
        params: IdParams,
        querystring: MonthQuery,
        response: { 200: z.array(ParticipantAttendance) },
      },
    },
    async (request) => participantHours(ctxOf(request), request.params.id, request.query.month),
  );
};
