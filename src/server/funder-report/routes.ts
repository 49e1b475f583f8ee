import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateExportInput,
  EsfEntry,
  EsfEntryParams,
  ExportFileParams,
  ExportFileQuery,
  KeptExport,
  ReportMonthParams,
  ReportPreview,
  SaveEsfEntryInput,
  ValidationPage,
  ValidationQuery,
} from '#shared/funder-report.ts';
import { IdParams } from '#shared/common.ts';
import type { ExportFile } from '../activities/hours-export.ts';
import { ctxOf } from '../lib/http.ts';
import { listEsfEntries, saveEsfEntry } from './entries.ts';
import { exportFile, exportMonths, getValidationPage, listExports, previewReport } from './service.ts';

const tags = ['funder-report'];
const scopeNote =
  'The administrator reports the programme across its units (pseudonymous, no names); a unit manager her unit.';

const sendFile = (reply: FastifyReply, file: ExportFile) =>
  reply
    .type(file.contentType)
    .header('content-disposition', `attachment; filename="${file.fileName}"`)
    .header('cache-control', 'no-store')
    .send(file.body);

export const funderReportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/participants/:id/esf-entries',
    {
      config: { permission: 'esf_entries.read' },
      schema: {
        tags,
        description:
          'Her ESF+ entry and exit data (Regulation (EU) 2021/1057, Annex I) for each programme she is or was ' +
          'enrolled in, with her gender in the register to start from and what is missing.',
        params: IdParams,
        response: { 200: z.array(EsfEntry) },
      },
    },
    async (request) => listEsfEntries(ctxOf(request), request.params.id),
  );
  app.put(
    '/api/participants/:id/esf-entries/:programmeId',
    {
      config: { permission: 'esf_entries.write' },
      schema: {
        tags,
        description:
          'Records (without `version`) or corrects (at `version`) her data for a programme. A re-entry keeps ' +
          'the first entry. Results only after she has left. 409 `version_conflict` carries `current`.',
        params: EsfEntryParams,
        body: SaveEsfEntryInput,
        response: { 200: EsfEntry },
      },
    },
    async (request) =>
      saveEsfEntry(ctxOf(request), request.params.id, request.params.programmeId, request.body),
  );
  app.get(
    '/api/funder-report/:programmeId/months/:month',
    {
      config: { permission: 'funder_report.export' },
      schema: {
        tags,
        description: `The month's starts and exits, the validation report and the kept exports. ${scopeNote}`,
        params: ReportMonthParams,
        response: { 200: ReportPreview },
      },
    },
    async (request) => previewReport(ctxOf(request), request.params.programmeId, request.params.month),
  );
  app.get(
    '/api/funder-report/:programmeId/validation',
    {
      config: { permission: 'funder_report.export' },
      schema: {
        tags,
        description:
          'The validation report a page at a time, by unit and name (or code): the page after the participant ' +
          `\`after\` (the previous page's \`next\`). ${scopeNote}`,
        params: z.strictObject({ programmeId: z.uuid() }),
        querystring: ValidationQuery,
        response: { 200: ValidationPage },
      },
    },
    async (request) =>
      getValidationPage(ctxOf(request), request.params.programmeId, request.query.after ?? null),
  );
  app.post(
    '/api/funder-report/:programmeId/months/:month/exports',
    {
      config: { permission: 'funder_report.export' },
      schema: {
        tags,
        description:
          'Keeps the month as its next version; `andLater` exports every later month already exported too. ' +
          scopeNote,
        params: ReportMonthParams,
        body: CreateExportInput,
        response: { 201: z.array(KeptExport) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await exportMonths(
            ctxOf(request),
            request.params.programmeId,
            request.params.month,
            request.body.andLater,
          ),
        ),
  );
  app.get(
    '/api/funder-report/:programmeId/exports',
    {
      config: { permission: 'funder_report.export' },
      schema: {
        tags,
        description: 'The kept exports of the programme, newest month and version first.',
        params: z.strictObject({ programmeId: z.uuid() }),
        response: { 200: z.array(KeptExport) },
      },
    },
    async (request) => listExports(ctxOf(request), request.params.programmeId),
  );
  app.get(
    '/api/funder-exports/:exportId/file',
    {
      config: { permission: 'funder_report.export' },
      schema: {
        tags,
        description:
          'A kept export as CSV or XLSX, exactly as kept; headers in Swedish or English, codes alike. ' +
          'Formula-looking cells defused.',
        params: ExportFileParams,
        querystring: ExportFileQuery,
      },
    },
    async (request, reply) =>
      sendFile(reply, await exportFile(ctxOf(request), request.params.exportId, request.query)),
  );
};
