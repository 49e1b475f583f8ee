import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '#shared/common.ts';
import {
  Consent,
  ConsentPurpose,
  ConsentPurposesQuery,
  CreateConsentPurposeInput,
  GiveConsentInput,
  PurposeParams,
  UpdateConsentPurposeInput,
  WithdrawConsentInput,
} from '#shared/consents.ts';
import { ctxOf } from '../lib/http.ts';
import {
  createConsentPurpose,
  giveConsent,
  listConsentPurposes,
  listConsents,
  updateConsentPurpose,
  withdrawConsent,
} from './service.ts';

const tags = ['consents'];

export const consentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/consent-purposes',
    {
      config: { permission: 'consent_purposes.read' },
      schema: { tags, querystring: ConsentPurposesQuery, response: { 200: z.array(ConsentPurpose) } },
    },
    async (request) => listConsentPurposes(ctxOf(request), request.query.all === 'true'),
  );
  app.post(
    '/api/consent-purposes',
    {
      config: { permission: 'consent_purposes.manage' },
      schema: {
        tags,
        description: 'Adds one of the organisation’s own purposes beside the built-in ones.',
        body: CreateConsentPurposeInput,
        response: { 201: ConsentPurpose },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createConsentPurpose(ctxOf(request), request.body)),
  );
  app.patch(
    '/api/consent-purposes/:key',
    {
      config: { permission: 'consent_purposes.manage' },
      schema: {
        tags,
        description: 'Renames or archives one of the organisation’s own purposes.',
        params: PurposeParams,
        body: UpdateConsentPurposeInput,
        response: { 200: ConsentPurpose },
      },
    },
    async (request) => updateConsentPurpose(ctxOf(request), request.params.key, request.body),
  );
  app.get(
    '/api/participants/:id/consents',
    {
      config: { permission: 'participants.read' },
      schema: { tags, params: IdParams, response: { 200: z.array(Consent) } },
    },
    async (request) => listConsents(ctxOf(request), request.params.id),
  );
  app.post(
    '/api/participants/:id/consents',
    {
      config: { permission: 'consents.write' },
      schema: {
        tags,
        description: 'Records a consent (samtycke) for one purpose.',
        params: IdParams,
        body: GiveConsentInput,
        response: { 201: Consent },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await giveConsent(ctxOf(request), request.params.id, request.body)),
  );
  app.post(
    '/api/consents/:id/withdraw',
    {
      config: { permission: 'consents.write' },
      schema: {
        tags,
        description: 'Withdrawal takes effect at once.',
        params: IdParams,
        body: WithdrawConsentInput,
        response: { 200: Consent },
      },
    },
    async (request) => withdrawConsent(ctxOf(request), request.params.id, request.body),
  );
};
