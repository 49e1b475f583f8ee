import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '#shared/common.ts';
import { EnrolInput, Enrolment, ExitInput } from '#shared/enrolments.ts';
import { ctxOf } from '../lib/http.ts';
import { enrol, exitEnrolment, listEnrolments } from './service.ts';

const tags = ['enrolments'];

export const enrolmentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/participants/:id/enrolments',
    {
      config: { permission: 'participants.read' },
      schema: { tags, params: IdParams, response: { 200: z.array(Enrolment) } },
    },
    async (request) => listEnrolments(ctxOf(request), request.params.id),
  );
  app.post(
    '/api/participants/:id/enrolments',
    {
      config: { permission: 'enrolments.write' },
      schema: { tags, params: IdParams, body: EnrolInput, response: { 201: Enrolment } },
    },
    async (request, reply) =>
      reply.status(201).send(await enrol(ctxOf(request), request.params.id, request.body)),
  );
  app.post(
    '/api/enrolments/:id/exit',
    {
      config: { permission: 'enrolments.write' },
      schema: {
        tags,
        description: 'Avslut: ends an enrolment with date, reason and status.',
        params: IdParams,
        body: ExitInput,
        response: { 200: Enrolment },
      },
    },
    async (request) => exitEnrolment(ctxOf(request), request.params.id, request.body),
  );
};
