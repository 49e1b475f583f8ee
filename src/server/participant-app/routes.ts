import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Id } from '#shared/common.ts';
import {
  MyCalendarFeeds,
  MyConsent,
  MyConsents,
  MyDataSummary,
  MyNewCalendarFeed,
  MyPlan,
  MySchedule,
  MyScheduleQuery,
} from '#shared/participant-app.ts';
import { participantCtxOf } from '../participant-access/hook.ts';
import { createMyFeed, listMyFeeds, revokeMyFeed } from './calendar.ts';
import { listMyConsents, withdrawMyConsent } from './consents.ts';
import { exportMyData, getMyDataSummary } from './my-data.ts';
import { getMyPlan } from './plan.ts';
import { getMySchedule } from './schedule.ts';

const tags = ['participant app'];
const auth = { auth: 'participant' as const };
const Params = z.object({ id: Id });

/** The participant app's pages (issue 7): signed in as herself; her id comes from her session only. */
export const participantAppRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/me/plan', { config: auth, schema: { tags, response: { 200: MyPlan } } }, async (request) =>
    getMyPlan(participantCtxOf(request)),
  );
  app.get(
    '/api/me/schedule',
    { config: auth, schema: { tags, querystring: MyScheduleQuery, response: { 200: MySchedule } } },
    async (request) => getMySchedule(participantCtxOf(request), request.query),
  );
  app.get(
    '/api/me/calendar-feeds',
    { config: auth, schema: { tags, response: { 200: MyCalendarFeeds } } },
    async (request) => listMyFeeds(participantCtxOf(request)),
  );
  app.post(
    '/api/me/calendar-feeds',
    { config: auth, schema: { tags, response: { 201: MyNewCalendarFeed } } },
    async (request, reply) =>
      reply.code(201).send(await createMyFeed(participantCtxOf(request), app.config.publicUrl)),
  );
  app.post(
    '/api/me/calendar-feeds/:id/revoke',
    { config: auth, schema: { tags, params: Params } },
    async (request, reply) => {
      await revokeMyFeed(participantCtxOf(request), request.params.id);
      return reply.code(204).send();
    },
  );
  app.get(
    '/api/me/data',
    { config: auth, schema: { tags, response: { 200: MyDataSummary } } },
    async (request) => getMyDataSummary(participantCtxOf(request)),
  );
  app.get('/api/me/data/export', { config: auth, schema: { tags } }, async (request, reply) => {
    const data = await exportMyData(participantCtxOf(request));
    return reply
      .header('content-disposition', 'attachment; filename="rodtrad-mina-uppgifter.json"')
      .header('cache-control', 'no-store')
      .type('application/json')
      .send(JSON.stringify(data, null, 2));
  });
  app.get(
    '/api/me/consents',
    { config: auth, schema: { tags, response: { 200: MyConsents } } },
    async (request) => listMyConsents(participantCtxOf(request)),
  );
  app.post(
    '/api/me/consents/:id/withdraw',
    { config: auth, schema: { tags, params: Params, response: { 200: MyConsent } } },
    async (request) => withdrawMyConsent(participantCtxOf(request), request.params.id),
  );
};
