import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '#shared/common.ts';
import { CreateGoalInput, CreateStepInput, Plan, UpdateGoalInput, UpdateStepInput } from '#shared/plans.ts';
import { ctxOf } from '../lib/http.ts';
import { createGoal, createStep, getPlan, updateGoal, updateStep } from './service.ts';

const tags = ['plans'];

export const planRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/participants/:id/plan',
    {
      config: { permission: 'participants.read' },
      schema: {
        tags,
        description: 'The individual plan (handlingsplan): goals, steps and history.',
        params: IdParams,
        response: { 200: Plan },
      },
    },
    async (request) => getPlan(ctxOf(request), request.params.id),
  );
  app.post(
    '/api/participants/:id/plan/goals',
    {
      config: { permission: 'plans.write' },
      schema: { tags, params: IdParams, body: CreateGoalInput, response: { 201: Plan } },
    },
    async (request, reply) =>
      reply.status(201).send(await createGoal(ctxOf(request), request.params.id, request.body)),
  );
  app.patch(
    '/api/plan-goals/:id',
    {
      config: { permission: 'plans.write' },
      schema: { tags, params: IdParams, body: UpdateGoalInput, response: { 200: Plan } },
    },
    async (request) => updateGoal(ctxOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/plan-goals/:id/steps',
    {
      config: { permission: 'plans.write' },
      schema: { tags, params: IdParams, body: CreateStepInput, response: { 201: Plan } },
    },
    async (request, reply) =>
      reply.status(201).send(await createStep(ctxOf(request), request.params.id, request.body)),
  );
  app.patch(
    '/api/plan-steps/:id',
    {
      config: { permission: 'plans.write' },
      schema: { tags, params: IdParams, body: UpdateStepInput, response: { 200: Plan } },
    },
    async (request) => updateStep(ctxOf(request), request.params.id, request.body),
  );
};
