import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '#shared/common.ts';
import { CreateUnitInput, Unit, UpdateUnitInput } from '#shared/units.ts';
import { ctxOf } from '../lib/http.ts';
import { createUnit, getUnit, listUnits, updateUnit } from './service.ts';

const tags = ['units'];

export const unitRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/units',
    { config: { permission: 'units.list' }, schema: { tags, response: { 200: z.array(Unit) } } },
    async (request) => listUnits(ctxOf(request)),
  );
  app.get(
    '/api/units/:id',
    { config: { permission: 'units.list' }, schema: { tags, params: IdParams, response: { 200: Unit } } },
    async (request) => getUnit(ctxOf(request), request.params.id),
  );
  app.post(
    '/api/units',
    {
      config: { permission: 'units.manage' },
      schema: { tags, body: CreateUnitInput, response: { 201: Unit } },
    },
    async (request, reply) => reply.status(201).send(await createUnit(ctxOf(request), request.body)),
  );
  app.patch(
    '/api/units/:id',
    {
      config: { permission: 'units.manage' },
      schema: { tags, params: IdParams, body: UpdateUnitInput, response: { 200: Unit } },
    },
    async (request) => updateUnit(ctxOf(request), request.params.id, request.body),
  );
};
