import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AuditPage, AuditQuery } from '#shared/audit.ts';
import { ctxOf } from '../lib/http.ts';
import { auditCsv, exportAudit, exportCap, listAudit } from './service.ts';

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
        description: `The whole selection of \`GET /api/audit\` (\`limit\` is ignored), as CSV, at most ${exportCap} entries; \`x-truncated: true\` says there were more.`,
        querystring: AuditQuery,
      },
    },
    async (request, reply) => {
      const { items, truncated } = await exportAudit(ctxOf(request), request.query);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="audit-log.csv"')
        .header('x-truncated', String(truncated))
        .send(auditCsv(items));
    },
  );
};
