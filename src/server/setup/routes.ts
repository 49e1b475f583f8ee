import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { SetupInput } from '#shared/setup.ts';
import { systemCtxOf } from '../lib/http.ts';
import { completeSetup } from './service.ts';

export const setupRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/setup',
    {
      config: { auth: 'public', rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: { tags: ['setup'], body: SetupInput },
    },
    async (request, reply) => {
      await completeSetup(systemCtxOf(request), request.body);
      return reply.status(204).send();
    },
  );
};
