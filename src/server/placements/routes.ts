import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '#shared/common.ts';
import {
  CreatePlacementInput,
  EmployerSuggestions,
  EndPlacementInput,
  EvaluationForm,
  EvaluationLink,
  EvaluationTokenParams,
  Placement,
  PlacementNoteInput,
  PlacementParams,
  RequestEvaluationInput,
  SubmitEvaluationInput,
  UpdatePlacementInput,
} from '#shared/placements.ts';
import { ctxOf, systemCtxOf } from '../lib/http.ts';
import { readEvaluationForm, requestEvaluation, submitEvaluation } from './evaluations.ts';
import { suggestEmployers } from './suggestions.ts';
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
  app.get(
    '/api/participants/:id/employer-suggestions',
    {
      config: { permission: 'placements.read' },
      schema: {
        tags,
        description:
          'The unit’s employers that fit her: offers that suit her stage in her latest kartläggning, and words ' +
          'from her interests, work experience, strengths and open plan goals found in the employer’s ' +
          'industry, notes, SNI section or name. Each comes with its reasons.',
        params: IdParams,
        response: { 200: EmployerSuggestions },
      },
    },
    async (request) => suggestEmployers(ctxOf(request), request.params.id),
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
  app.post(
    '/api/participants/:id/placements/:placementId/evaluations',
    {
      config: { permission: 'placements.write' },
      schema: {
        tags,
        description:
          'Asks the supervisor for the mid-point or final evaluation: a link for her, without an account, ' +
          'shown this once. Asking again before she answers gives a new link and the old one stops working; ' +
          'after she has answered, 409 `conflict`.',
        params: PlacementParams,
        body: RequestEvaluationInput,
        response: { 201: EvaluationLink },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await requestEvaluation(
            ctxOf(request),
            app.config.publicUrl,
            request.params.id,
            request.params.placementId,
            request.body,
          ),
        ),
  );

  // The supervisor's side: the token is the credential, so these are public and rate limited like sign-in.
  const evaluationLimit = { max: app.config.authRateLimit, timeWindow: '1 minute' };
  app.get(
    '/api/evaluations/:token',
    {
      config: { auth: 'public', rateLimit: evaluationLimit },
      schema: {
        tags,
        description:
          'The evaluation form for the supervisor, in Swedish and English: the participant’s first name, the ' +
          'workplace, the period and the questions. 404 for an unknown link, 410 once answered or expired.',
        params: EvaluationTokenParams,
        response: { 200: EvaluationForm },
      },
    },
    async (request) => readEvaluationForm(app.db, systemCtxOf(request), request.params.token),
  );
  app.post(
    '/api/evaluations/:token',
    {
      config: { auth: 'public', rateLimit: evaluationLimit },
      schema: {
        tags,
        description: 'The supervisor’s answers, once: 410 `gone` afterwards or when the link has expired.',
        params: EvaluationTokenParams,
        body: SubmitEvaluationInput,
      },
    },
    async (request, reply) => {
      await submitEvaluation(app.db, systemCtxOf(request), request.params.token, request.body);
      return reply.status(204).send();
    },
  );
};
