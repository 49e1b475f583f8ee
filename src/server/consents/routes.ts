import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '#shared/common.ts';
import { Consent, ConsentPurpose, GiveConsentInput, WithdrawConsentInput } from '#shared/consents.ts';
import { ctxOf } from '../lib/http.ts';
import { giveConsent, listConsentPurposes, listConsents, withdrawConsent } from './service.ts';

const tags = ['consents'];

export const consentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/consent-purposes',
    {
      config: { permission: 'participants.read' },
      schema: { tags, response: { 200: z.array(ConsentPurpose) } },
    },
    async (request) => listConsentPurposes(ctxOf(request)),
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
