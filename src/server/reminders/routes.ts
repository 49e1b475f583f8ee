import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '#shared/common.ts';
import { OutboxMessage, PauseRemindersInput, ReminderPauses } from '#shared/messages.ts';
import { ctxOf } from '../lib/http.ts';
import { endReminderPause, getReminderPauses, listMessages, pauseReminders } from './service.ts';

const tags = ['reminders'];

export const reminderRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/participants/:id/messages',
    {
      config: { permission: 'messages.read' },
      schema: {
        tags,
        description:
          'Every message to her (reminders), pending, sent, held or failed, newest first. Provider `log` means it was kept on the server (OUTBOX=log) and never sent.',
        params: IdParams,
        response: { 200: z.array(OutboxMessage) },
      },
    },
    async (request) => listMessages(ctxOf(request), request.params.id),
  );
  app.get(
    '/api/participants/:id/reminder-pause',
    {
      config: { permission: 'messages.read' },
      schema: { tags, params: IdParams, response: { 200: ReminderPauses } },
    },
    async (request) => getReminderPauses(ctxOf(request), request.params.id),
  );
  app.post(
    '/api/participants/:id/reminder-pause',
    {
      config: { permission: 'reminders.manage' },
      schema: {
        tags,
        description: 'Pause her reminders from today (e.g. during sick leave), until a day or until ended.',
        params: IdParams,
        body: PauseRemindersInput,
        response: { 201: ReminderPauses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await pauseReminders(ctxOf(request), request.params.id, request.body)),
  );
  app.post(
    '/api/participants/:id/reminder-pause/end',
    {
      config: { permission: 'reminders.manage' },
      schema: { tags, params: IdParams, response: { 200: ReminderPauses } },
    },
    async (request) => endReminderPause(ctxOf(request), request.params.id),
  );
};
