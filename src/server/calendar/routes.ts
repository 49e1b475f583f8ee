import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CalendarFeed, FeedTokenParams, NewCalendarFeed } from '#shared/calendar.ts';
import { IdParams } from '#shared/common.ts';
import { ctxOf, systemCtxOf } from '../lib/http.ts';
import {
  createOwnFeed,
  createParticipantFeed,
  listOwnFeeds,
  listParticipantFeeds,
  readFeed,
  revokeFeed,
} from './service.ts';

const tags = ['calendar'];

export const calendarRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/calendar/:token',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        description:
          'An iCalendar (RFC 5545) subscription feed. The address is the credential: subscribe to it from Google Calendar or Outlook; a revoked feed answers 404.',
        params: FeedTokenParams,
      },
    },
    async (request, reply) => {
      const token = request.params.token.slice(0, -'.ics'.length);
      const body = await readFeed(app.db, systemCtxOf(request), token);
      return reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', 'private, max-age=300')
        .send(body);
    },
  );
  app.get(
    '/api/calendar-feeds',
    { config: { permission: 'calendar.own' }, schema: { tags, response: { 200: z.array(CalendarFeed) } } },
    async (request) => listOwnFeeds(ctxOf(request)),
  );
  app.post(
    '/api/calendar-feeds',
    {
      config: { permission: 'calendar.own' },
      schema: {
        tags,
        description:
          'A feed of my own schedule in this unit. The address (with its token) is shown this once.',
        response: { 201: NewCalendarFeed },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createOwnFeed(ctxOf(request), app.config.publicUrl)),
  );
  app.get(
    '/api/participants/:id/calendar-feeds',
    {
      config: { permission: 'participants.read' },
      schema: { tags, params: IdParams, response: { 200: z.array(CalendarFeed) } },
    },
    async (request) => listParticipantFeeds(ctxOf(request), request.params.id),
  );
  app.post(
    '/api/participants/:id/calendar-feeds',
    {
      config: { permission: 'calendar.participants' },
      schema: {
        tags,
        description: 'A feed of her own schedule, for her phone. The address is shown this once.',
        params: IdParams,
        response: { 201: NewCalendarFeed },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createParticipantFeed(ctxOf(request), app.config.publicUrl, request.params.id)),
  );
  app.post(
    '/api/calendar-feeds/:id/revoke',
    {
      config: { permission: 'calendar.own' },
      schema: { tags, params: IdParams, response: { 200: CalendarFeed } },
    },
    async (request) => revokeFeed(ctxOf(request), request.params.id),
  );
};
