import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '#shared/common.ts';
import { Notification } from '#shared/teams.ts';
import { ctxOf } from '../lib/http.ts';
import { listNotifications, markNotificationRead } from './service.ts';

const tags = ['notifications'];

export const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/notifications',
    {
      config: { permission: 'notifications.read' },
      schema: {
        tags,
        description: 'Your own notices, newest first.',
        response: { 200: z.array(Notification) },
      },
    },
    async (request) => listNotifications(ctxOf(request)),
  );
  app.post(
    '/api/notifications/:id/read',
    { config: { permission: 'notifications.read' }, schema: { tags, params: IdParams } },
    async (request, reply) => {
      await markNotificationRead(ctxOf(request), request.params.id);
      return reply.status(204).send();
    },
  );
};
