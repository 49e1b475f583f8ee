import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '#shared/common.ts';
import { ScheduleEvent, ScheduleQuery } from '#shared/schedule.ts';
import { ctxOf } from '../lib/http.ts';
import { ownSchedule, participantSchedule } from './service.ts';

const tags = ['schedule'];
const period = 'from` and `to` are Stockholm days, both included, at most 42 days apart.';

export const scheduleRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/participants/:id/schedule',
    {
      config: { permission: 'participants.read' },
      schema: {
        tags,
        description:
          'Her schedule for a week or a month: the sessions of her activities on the days she takes part, ' +
          'her planned and ongoing placements (whole days) and her meetings, ordered by start. `' +
          period,
        params: IdParams,
        querystring: ScheduleQuery,
        response: { 200: z.array(ScheduleEvent) },
      },
    },
    async (request) => participantSchedule(ctxOf(request), request.params.id, request.query),
  );
  app.get(
    '/api/schedule',
    {
      config: { permission: 'calendar.own' },
      schema: {
        tags,
        description:
          'My own schedule in this unit: the sessions I lead and my meetings (participants by first name). `' +
          period,
        querystring: ScheduleQuery,
        response: { 200: z.array(ScheduleEvent) },
      },
    },
    async (request) => ownSchedule(ctxOf(request), request.query),
  );
};
