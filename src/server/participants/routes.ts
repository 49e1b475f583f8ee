import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '#shared/common.ts';
import {
  CreateParticipantInput,
  Participant,
  ParticipantListQuery,
  ParticipantPage,
  UpdateParticipantInput,
} from '#shared/participants.ts';
import { ctxOf } from '../lib/http.ts';
import { createParticipant, getParticipant, listParticipants, updateParticipant } from './service.ts';

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
      schema: {
        tags,
        description:
          'Registers a participant. 409 `possible_duplicate` (with `duplicates`) when the unit has someone with ' +
          'the same name and birth date, unless `confirmNotDuplicate`; 409 `identity_number_taken` always for ' +
          'the same identity number.',
        body: CreateParticipantInput,
        response: { 201: Participant },
      },
    },
    async (request, reply) => reply.status(201).send(await createParticipant(ctxOf(request), request.body)),
  );
  app.patch(
    '/api/participants/:id',
    {
      config: { permission: 'participants.write' },
      schema: {
        tags,
        description:
          'Changes the fields given. 409 `version_conflict` carries the current record as `current`.',
        params: IdParams,
        body: UpdateParticipantInput,
        response: { 200: Participant },
      },
    },
    async (request) => updateParticipant(ctxOf(request), request.params.id, request.body),
  );
};
