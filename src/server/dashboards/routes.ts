import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  DashboardQuery,
  DashboardScope,
  Figure,
  FigureExportQuery,
  FigureParams,
} from '#shared/dashboards.ts';
import { ctxOf } from '../lib/http.ts';
import { exportFigure, getDashboardScope, getFigure } from './service.ts';

const tags = ['dashboards'];
const config = { permission: 'dashboards.read' } as const;
const rule =
  'A unit’s staff see their own unit; administrators and analysts see any of the organisation’s units, ' +
  'with every count under 5 answered as `{ suppressed: true }` and further cells hidden so that no total ' +
  'gives a hidden one away (averages over fewer than 5 people hidden too).';

export const dashboardRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/dashboards',
    {
      config,
      schema: {
        tags,
        description:
          'What the caller may filter the dashboard by: units, programmes, activities and kinds of activity.',
        response: { 200: DashboardScope },
      },
    },
    async (request) => getDashboardScope(ctxOf(request)),
  );
  app.get(
    '/api/dashboards/:figure',
    {
      config,
      schema: {
        tags,
        description: `One figure of the dashboard, aggregates only, for a period of whole months. ${rule}`,
        params: FigureParams,
        querystring: DashboardQuery,
        response: { 200: Figure },
      },
    },
    async (request) => getFigure(ctxOf(request), request.params.figure, request.query),
  );
  app.get(
    '/api/dashboards/:figure/export',
    {
      config,
      schema: {
        tags,
        description: `One figure's table as CSV or XLSX, hidden counts written "<5". ${rule}`,
        params: FigureParams,
        querystring: FigureExportQuery,
      },
    },
    async (request, reply) => {
      const file = await exportFigure(ctxOf(request), request.params.figure, request.query);
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('cache-control', 'no-store')
        .send(file.body);
    },
  );
};
