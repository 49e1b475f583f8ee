import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '#shared/common.ts';
import {
  CreateParticipantInput,
  Participant,
  ParticipantListQuery,
  ParticipantPage,
} from '#shared/participants.ts';
import { ctxOf } from '../lib/http.ts';
import { createParticipant, getParticipant, listParticipants } from './service.ts';

const tags = ['participants'];

export const participantRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/participants',
    {
      config: { permission: 'participants.read' },
      schema: { tags, querystring: ParticipantListQuery, response: { 200: ParticipantPage } },
    },
    async (request) => listParticipants(ctxOf(request), request.query),
  );
  app.get(
    '/api/participants/:id',
    {
      config: { permission: 'participants.read' },
      schema: { tags, params: IdParams, response: { 200: Participant } },
    },
    async (request) => getParticipant(ctxOf(request), request.params.id),
  );
  app.post(
    '/api/participants',
    {
      config: { permission: 'participants.write' },
      schema: { tags, body: CreateParticipantInput, response: { 201: Participant } },
    },
    async (request, reply) => reply.status(201).send(await createParticipant(ctxOf(request), request.body)),
  );
};
