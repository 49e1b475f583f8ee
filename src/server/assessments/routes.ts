import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  Assessment,
  AssessmentTemplate,
  Distance,
  DistanceQuery,
  PublishTemplateInput,
  RecordAssessmentInput,
  UpdateAssessmentInput,
} from '#shared/assessments.ts';
import { IdParams } from '#shared/common.ts';
import { ctxOf } from '../lib/http.ts';
import {
  distanceTravelled,
  listAssessments,
  listTemplates,
  publishTemplate,
  recordAssessment,
  updateAssessment,
} from './service.ts';

const tags = ['assessments'];

export const assessmentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/assessment-templates',
    {
      config: { permission: 'templates.read' },
      schema: { tags, response: { 200: z.array(AssessmentTemplate) } },
    },
    async (request) => listTemplates(ctxOf(request)),
  );
  app.post(
    '/api/assessment-templates',
    {
      config: { permission: 'templates.manage' },
      schema: {
        tags,
        description: 'Publishes a new version of a template.',
        body: PublishTemplateInput,
        response: { 201: AssessmentTemplate },
      },
    },
    async (request, reply) => reply.status(201).send(await publishTemplate(ctxOf(request), request.body)),
  );
  app.get(
    '/api/participants/:id/assessments',
    {
      config: { permission: 'participants.read' },
      schema: { tags, params: IdParams, response: { 200: z.array(Assessment) } },
    },
    async (request) => listAssessments(ctxOf(request), request.params.id),
  );
  app.post(
    '/api/participants/:id/assessments',
    {
      config: { permission: 'assessments.write' },
      schema: { tags, params: IdParams, body: RecordAssessmentInput, response: { 201: Assessment } },
    },
    async (request, reply) =>
      reply.status(201).send(await recordAssessment(ctxOf(request), request.params.id, request.body)),
  );
  app.patch(
    '/api/assessments/:id',
    {
      config: { permission: 'assessments.write' },
      schema: { tags, params: IdParams, body: UpdateAssessmentInput, response: { 200: Assessment } },
    },
    async (request) => updateAssessment(ctxOf(request), request.params.id, request.body),
  );
  app.get(
    '/api/participants/:id/distance',
    {
      config: { permission: 'participants.read' },
      schema: {
        tags,
        description: 'Distance travelled per domain between two assessments.',
        params: IdParams,
        querystring: DistanceQuery,
        response: { 200: Distance },
      },
    },
    async (request) =>
      distanceTravelled(ctxOf(request), request.params.id, request.query.from, request.query.to),
  );
};
