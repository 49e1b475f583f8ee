import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '#shared/common.ts';
import { Contact, RecordContactInput } from '#shared/journal.ts';
import { ctxOf } from '../lib/http.ts';
import { listContacts, recordContact } from './service.ts';

const tags = ['contacts'];

export const contactRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/participants/:id/contacts',
    {
      config: { permission: 'participants.read' },
      schema: { tags, params: IdParams, response: { 200: z.array(Contact) } },
    },
    async (request) => listContacts(ctxOf(request), request.params.id),
  );
  app.post(
    '/api/participants/:id/contacts',
    {
      config: { permission: 'contacts.write' },
      schema: { tags, params: IdParams, body: RecordContactInput, response: { 201: Contact } },
    },
    async (request, reply) =>
      reply.status(201).send(await recordContact(ctxOf(request), request.params.id, request.body)),
  );
};
