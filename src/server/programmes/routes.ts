import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '#shared/common.ts';
import { CreateProgrammeInput, Programme, UpdateProgrammeInput } from '#shared/programmes.ts';
import { ctxOf } from '../lib/http.ts';
import { createProgramme, listProgrammes, updateProgramme } from './service.ts';

const tags = ['programmes'];

export const programmeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/programmes',
    { config: { permission: 'programmes.list' }, schema: { tags, response: { 200: z.array(Programme) } } },
    async (request) => listProgrammes(ctxOf(request)),
  );
  app.post(
    '/api/programmes',
    {
      config: { permission: 'programmes.manage' },
      schema: { tags, body: CreateProgrammeInput, response: { 201: Programme } },
    },
    async (request, reply) => reply.status(201).send(await createProgramme(ctxOf(request), request.body)),
  );
  app.patch(
    '/api/programmes/:id',
    {
      config: { permission: 'programmes.manage' },
      schema: { tags, params: IdParams, body: UpdateProgrammeInput, response: { 200: Programme } },
    },
    async (request) => updateProgramme(ctxOf(request), request.params.id, request.body),
  );
};
