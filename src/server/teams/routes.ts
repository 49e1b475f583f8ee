import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '#shared/common.ts';
import {
  AddTeamMemberInput,
  CaseloadItem,
  Colleague,
  ReassignInput,
  ReassignResult,
  TeamMember,
  TeamMemberParams,
  Unassigned,
} from '#shared/teams.ts';
import { ctxOf } from '../lib/http.ts';
import {
  addTeamMember,
  listTeam,
  listUnassigned,
  listColleagues,
  myCaseload,
  reassignCaseload,
  removeTeamMember,
} from './service.ts';

const tags = ['teams'];

export const teamRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/participants/:id/team',
    {
      config: { permission: 'participants.read' },
      schema: { tags, params: IdParams, response: { 200: z.array(TeamMember) } },
    },
    async (request) => listTeam(ctxOf(request), request.params.id),
  );
  app.post(
    '/api/participants/:id/team',
    {
      config: { permission: 'teams.write' },
      schema: { tags, params: IdParams, body: AddTeamMemberInput, response: { 200: z.array(TeamMember) } },
    },
    async (request) => addTeamMember(ctxOf(request), request.params.id, request.body),
  );
  app.delete(
    '/api/participants/:id/team/:memberId',
    {
      config: { permission: 'teams.write' },
      schema: { tags, params: TeamMemberParams, response: { 200: z.array(TeamMember) } },
    },
    async (request) => removeTeamMember(ctxOf(request), request.params.id, request.params.memberId),
  );
  app.get(
    '/api/colleagues',
    {
      config: { permission: 'participants.read' },
      schema: {
        tags,
        description: 'Active staff of the current unit.',
        response: { 200: z.array(Colleague) },
      },
    },
    async (request) => listColleagues(ctxOf(request)),
  );
  app.get(
    '/api/caseload',
    {
      config: { permission: 'participants.read' },
      schema: {
        tags,
        description: 'My participants: the teams I am in.',
        response: { 200: z.array(CaseloadItem) },
      },
    },
    async (request) => myCaseload(ctxOf(request)),
  );
  app.get(
    '/api/caseload/unassigned',
    {
      config: { permission: 'caseload.manage' },
      schema: {
        tags,
        description: 'Participants without a responsible coach.',
        response: { 200: z.array(Unassigned) },
      },
    },
    async (request) => listUnassigned(ctxOf(request)),
  );
  app.post(
    '/api/caseload/reassign',
    {
      config: { permission: 'caseload.manage' },
      schema: {
        tags,
        description: 'Moves a colleague’s whole caseload to another.',
        body: ReassignInput,
        response: { 200: ReassignResult },
      },
    },
    async (request) => reassignCaseload(ctxOf(request), request.body.fromUserId, request.body.toUserId),
  );
};
