import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '#shared/common.ts';
import {
  FollowUp,
  FollowUpParams,
  Milestone,
  MilestoneCorrectionInput,
  MilestoneInput,
  MilestoneParams,
  OutcomeSettings,
  Outcomes,
  PartnerParticipant,
  PartnerRecord,
  RecordFollowUpInput,
  UpdateOutcomeSettingsInput,
} from '#shared/milestones.ts';
import { ctxOf } from '../lib/http.ts';
import { recordFollowUp } from './follow-ups.ts';
import { createPartnerMilestone, getPartnerRecord, listPartnerParticipants } from './partner.ts';
import { correctMilestone, createMilestone, listOutcomes } from './service.ts';
import { getOutcomeSettings, updateOutcomeSettings } from './settings.ts';

const tags = ['milestones'];

export const milestoneRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/participants/:id/milestones',
    {
      config: { permission: 'milestones.read' },
      schema: {
        tags,
        description:
          'Steg mot arbete: her standing milestones (newest first), her follow-ups after exits, and the ' +
          'labels offered for other milestones.',
        params: IdParams,
        response: { 200: Outcomes },
      },
    },
    async (request) => listOutcomes(ctxOf(request), request.params.id),
  );
  app.post(
    '/api/participants/:id/milestones',
    {
      config: { permission: 'milestones.write' },
      schema: {
        tags,
        description: 'A milestone with its date, source and the details its kind needs.',
        params: IdParams,
        body: MilestoneInput,
        response: { 201: Milestone },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createMilestone(ctxOf(request), request.params.id, request.body)),
  );
  app.post(
    '/api/participants/:id/milestones/:milestoneId/corrections',
    {
      config: { permission: 'milestones.write' },
      schema: {
        tags,
        description:
          'Corrects a standing milestone with new details, or `retract: true` when it was recorded in error. ' +
          'The earlier row is kept. Answers the milestone that now stands, or null after a retraction.',
        params: MilestoneParams,
        body: MilestoneCorrectionInput,
        response: { 201: Milestone.nullable() },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await correctMilestone(ctxOf(request), request.params.id, request.params.milestoneId, request.body),
        ),
  );
  app.post(
    '/api/participants/:id/follow-ups/:followUpId',
    {
      config: { permission: 'follow_ups.write' },
      schema: {
        tags,
        description: 'Records her situation at a follow-up after an exit (at the version read).',
        params: FollowUpParams,
        body: RecordFollowUpInput,
        response: { 200: FollowUp },
      },
    },
    async (request) =>
      recordFollowUp(ctxOf(request), request.params.id, request.params.followUpId, request.body),
  );
  app.get(
    '/api/outcome-settings',
    {
      config: { permission: 'outcome_settings.manage' },
      schema: { tags, response: { 200: OutcomeSettings } },
    },
    async (request) => getOutcomeSettings(ctxOf(request)),
  );
  app.put(
    '/api/outcome-settings',
    {
      config: { permission: 'outcome_settings.manage' },
      schema: {
        tags,
        description:
          'The organisation’s follow-up offsets in months (for exits from now on) and the labels of other milestones.',
        body: UpdateOutcomeSettingsInput,
        response: { 200: OutcomeSettings },
      },
    },
    async (request) => updateOutcomeSettings(ctxOf(request), request.body),
  );
  app.get(
    '/api/partner/participants',
    {
      config: { permission: 'partner.read' },
      schema: {
        tags,
        description:
          'For the adult-education school: the unit’s participants whose consent to share with it stands ' +
          '(name, birth year, languages).',
        response: { 200: z.array(PartnerParticipant) },
      },
    },
    async (request) => listPartnerParticipants(ctxOf(request)),
  );
  app.get(
    '/api/partner/participants/:id',
    {
      config: { permission: 'partner.read' },
      schema: { tags, params: IdParams, response: { 200: PartnerRecord } },
    },
    async (request) => getPartnerRecord(ctxOf(request), request.params.id),
  );
  app.post(
    '/api/partner/participants/:id/milestones',
    {
      config: { permission: 'partner.record' },
      schema: {
        tags,
        description: 'The school records study progress (SFI started or passed, other studies).',
        params: IdParams,
        body: MilestoneInput,
        response: { 201: Milestone },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createPartnerMilestone(ctxOf(request), request.params.id, request.body)),
  );
};
