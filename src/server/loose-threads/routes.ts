import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { LooseThreads, LooseThreadsQuery } from '#shared/plans.ts';
import { ctxOf } from '../lib/http.ts';
import { listLooseThreads } from './service.ts';

export const looseThreadRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/loose-threads',
    {
      config: { permission: 'participants.read' },
      schema: {
        tags: ['loose threads'],
        description:
          'Lösa trådar: no contact for N days, overdue steps, steps without an owner, no plan N days after start, assessments due, exits coming up, follow-ups after an exit due. `scope=unit` is for unit managers. At most `perKind` of each kind, oldest first, with each kind’s total in `counts`; `kind` and `offset` page through one kind.',
        querystring: LooseThreadsQuery,
        response: { 200: LooseThreads },
      },
    },
    async (request) => listLooseThreads(ctxOf(request), request.query),
  );
};
