import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AuditPage, AuditQuery } from '#shared/audit.ts';
import { ctxOf } from '../lib/http.ts';
import { auditCsv, listAudit } from './service.ts';

const tags = ['audit'];

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/audit',
    {
      config: { permission: 'audit.read' },
      schema: {
        tags,
        description: 'The audit log, newest first.',
        querystring: AuditQuery,
        response: { 200: AuditPage },
      },
    },
    async (request) => listAudit(ctxOf(request), request.query),
  );

  app.get(
    '/api/audit/export',
    {
      config: { permission: 'audit.read' },
      schema: {
        tags,
        description: 'The same selection as `GET /api/audit`, as CSV.',
        querystring: AuditQuery,
      },
    },
    async (request, reply) => {
      const page = await listAudit(ctxOf(request), request.query, 'csv');
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="audit-log.csv"')
        .send(auditCsv(page.items));
    },
  );
};
