import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '#shared/common.ts';
import { AccessLogEntry } from '#shared/journal.ts';
import { ctxOf } from '../lib/http.ts';
import { listAccessLog } from './service.ts';

export const accessLogRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/participants/:id/access-log',
    {
      config: { permission: 'participants.read' },
      schema: {
        tags: ['participants'],
        description: 'Who has opened or changed this participant’s file, for showing to her in plain words.',
        params: IdParams,
        response: { 200: z.array(AccessLogEntry) },
      },
    },
    async (request) => listAccessLog(ctxOf(request), request.params.id),
  );
};
