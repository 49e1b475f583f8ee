import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '#shared/common.ts';
import {
  CreatePlacementInput,
  EndPlacementInput,
  Placement,
  PlacementNoteInput,
  PlacementParams,
  UpdatePlacementInput,
} from '#shared/placements.ts';
import { ctxOf } from '../lib/http.ts';
import {
  addPlacementNote,
  createPlacement,
  endPlacementEarly,
  listPlacements,
  updatePlacement,
} from './service.ts';

const tags = ['placements'];

export const placementRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/participants/:id/placements',
    {
      config: { permission: 'placements.read' },
      schema: {
        tags,
        description: 'Her placements, newest first, with goals, follow-up notes and evaluations.',
        params: IdParams,
        response: { 200: z.array(Placement) },
      },
    },
    async (request) => listPlacements(ctxOf(request), request.params.id),
  );
  app.post(
    '/api/participants/:id/placements',
    {
      config: { permission: 'placements.write' },
      schema: {
        tags,
        description:
          'A placement at one of the unit’s employers. The supervisor is given in full or copied from the ' +
          'employer’s contact person named in `supervisorContactName`; goals must be from her plan.',
        params: IdParams,
        body: CreatePlacementInput,
        response: { 201: Placement },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createPlacement(ctxOf(request), request.params.id, request.body)),
  );
  app.patch(
    '/api/participants/:id/placements/:placementId',
    {
      config: { permission: 'placements.write' },
      schema: {
        tags,
        description:
          'Changes the fields given; `goalIds` replaces the list. 409 `version_conflict` carries the placement ' +
          'as `current`.',
        params: PlacementParams,
        body: UpdatePlacementInput,
        response: { 200: Placement },
      },
    },
    async (request) =>
      updatePlacement(ctxOf(request), request.params.id, request.params.placementId, request.body),
  );
  app.post(
    '/api/participants/:id/placements/:placementId/end',
    {
      config: { permission: 'placements.write' },
      schema: {
        tags,
        description: 'Ends the placement early, with the day and the reason.',
        params: PlacementParams,
        body: EndPlacementInput,
        response: { 200: Placement },
      },
    },
    async (request) =>
      endPlacementEarly(ctxOf(request), request.params.id, request.params.placementId, request.body),
  );
  app.post(
    '/api/participants/:id/placements/:placementId/notes',
    {
      config: { permission: 'placements.write' },
      schema: {
        tags,
        description: 'A follow-up note. Notes cannot be changed or removed.',
        params: PlacementParams,
        body: PlacementNoteInput,
        response: { 201: Placement },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await addPlacementNote(ctxOf(request), request.params.id, request.params.placementId, request.body),
        ),
  );
};
