import type { FastifyReply } from 'fastify';
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
import { HoursExportQuery, ParticipantSessions, UnitHours } from '#shared/attested-hours.ts';
import { IdParams } from '#shared/common.ts';
import { ctxOf } from '../lib/http.ts';
import { activityHours, getRoster, markAttendance, participantHours } from './attendance.ts';
import { exportActivityHours, exportUnitHours, getUnitHours, type ExportFile } from './hours-export.ts';
import { listParticipantSessions } from './participant-sessions.ts';
import { joinActivity, leaveActivity, listActivityParticipants } from './participation.ts';
import { createActivity, getActivity, listActivities, listActivityTypes, updateActivity } from './service.ts';
import { addSessions, listSessions, updateSession } from './sessions.ts';

const tags = ['activities'];
const read = { permission: 'activities.read' } as const;
const manage = { permission: 'activities.manage' } as const;
const ParticipantParams = z.strictObject({ id: z.uuid(), participantId: z.uuid() });
const exportHours = { permission: 'hours.export' } as const;
const exportNote =
  'Stockholm months; cancelled sessions left out; identity numbers masked as in lists; formula-looking cells defused.';

const sendFile = (reply: FastifyReply, file: ExportFile) =>
  reply
    .type(file.contentType)
    .header('content-disposition', `attachment; filename="${file.fileName}"`)
    .header('cache-control', 'no-store')
    .send(file.body);

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
  app.get(
    '/api/participants/:id/attendance/sessions',
    {
      config: { permission: 'participants.read' },
      schema: {
        tags,
        description: `Her group activities and her mark at each session held while she took part, newest first (at most 500).`,
        params: IdParams,
        response: { 200: ParticipantSessions },
      },
    },
    async (request) => listParticipantSessions(ctxOf(request), request.params.id),
  );
  app.get(
    '/api/activities/:id/attendance/export',
    {
      config: exportHours,
      schema: {
        tags,
        description: `One activity's attested hours per participant in a month, as CSV or XLSX. ${exportNote}`,
        params: IdParams,
        querystring: HoursExportQuery,
      },
    },
    async (request, reply) =>
      sendFile(reply, await exportActivityHours(ctxOf(request), request.params.id, request.query)),
  );
  app.get(
    '/api/attested-hours',
    {
      config: exportHours,
      schema: {
        tags,
        description: `The unit's attested hours in a month: each participant's hours per activity and in total. ${exportNote}`,
        querystring: MonthQuery,
        response: { 200: UnitHours },
      },
    },
    async (request) => getUnitHours(ctxOf(request), request.query.month),
  );
  app.get(
    '/api/attested-hours/export',
    {
      config: exportHours,
      schema: {
        tags,
        description: `The unit's attested hours in a month as CSV or XLSX, a column per activity. ${exportNote}`,
        querystring: HoursExportQuery,
      },
    },
    async (request, reply) => sendFile(reply, await exportUnitHours(ctxOf(request), request.query)),
  );
};
