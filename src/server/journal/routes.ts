import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '#shared/common.ts';
import { JournalEntry, JournalQuery, WriteJournalInput } from '#shared/journal.ts';
import { ctxOf } from '../lib/http.ts';
import { listJournal, writeJournal } from './service.ts';

const tags = ['journal'];

export const journalRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/participants/:id/journal',
    {
      config: { permission: 'participants.read' },
      schema: {
        tags,
        description: 'The entries the caller may see (row-level security), newest first; `q` searches them.',
        params: IdParams,
        querystring: JournalQuery,
        response: { 200: z.array(JournalEntry) },
      },
    },
    async (request) => listJournal(ctxOf(request), request.params.id, request.query),
  );
  app.post(
    '/api/participants/:id/journal',
    {
      config: { permission: 'journal.write' },
      schema: { tags, params: IdParams, body: WriteJournalInput, response: { 201: JournalEntry } },
    },
    async (request, reply) =>
      reply.status(201).send(await writeJournal(ctxOf(request), request.params.id, request.body)),
  );
};
