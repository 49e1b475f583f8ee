import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ImportReport } from '#shared/participants.ts';
import { ctxOf } from '../lib/http.ts';
import { importParticipants } from './service.ts';

const spreadsheetTypes = ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];

export const participantImportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addContentTypeParser(
    spreadsheetTypes,
    { parseAs: 'buffer', bodyLimit: 5 * 1024 * 1024 },
    (_request, body, done) => done(null, body),
  );
  app.post(
    '/api/participants/import',
    {
      config: { permission: 'participants.write' },
      bodyLimit: 5 * 1024 * 1024,
      schema: {
        tags: ['participants'],
        description:
          'Imports a CSV or XLSX file (body, with its content type). `dryRun=true` only reports; otherwise the whole file is written, or nothing and every row’s problems (400).',
        querystring: z.strictObject({ dryRun: z.enum(['true', 'false']).default('true') }),
        response: { 200: ImportReport },
      },
    },
    async (request) =>
      importParticipants(ctxOf(request), request.body as Buffer, request.query.dryRun === 'true'),
  );
};
