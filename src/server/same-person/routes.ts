import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '#shared/common.ts';
import {
  LinkInput,
  LinkParams,
  Merge,
  MergeInput,
  MergePreview,
  MergePreviewQuery,
  ParticipantLink,
  SamePerson,
} from '#shared/same-person.ts';
import { ctxOf } from '../lib/http.ts';
import {
  getSamePerson,
  linkParticipants,
  mergeParticipant,
  previewMerge,
  undoMerge,
  unlinkParticipants,
} from './service.ts';

const tags = ['participants'];

export const samePersonRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/participants/:id/same-person',
    {
      config: { permission: 'participants.read' },
      schema: {
        tags,
        description: 'Links, merges and likely duplicates of this record.',
        params: IdParams,
        response: { 200: SamePerson },
      },
    },
    async (request) => getSamePerson(ctxOf(request), request.params.id),
  );
  app.post(
    '/api/participants/:id/links',
    {
      config: { permission: 'participants.link' },
      schema: {
        tags,
        description: 'Links two records as probably the same person.',
        params: IdParams,
        body: LinkInput,
        response: { 201: ParticipantLink },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await linkParticipants(ctxOf(request), request.params.id, request.body)),
  );
  app.delete(
    '/api/participants/:id/links/:otherId',
    { config: { permission: 'participants.link' }, schema: { tags, params: LinkParams } },
    async (request, reply) => {
      await unlinkParticipants(ctxOf(request), request.params.id, request.params.otherId);
      return reply.status(204).send();
    },
  );
  app.get(
    '/api/participants/:id/merge-preview',
    {
      config: { permission: 'participants.merge' },
      schema: {
        tags,
        description: 'What merging this record into another would move, leave and require first.',
        params: IdParams,
        querystring: MergePreviewQuery,
        response: { 200: MergePreview },
      },
    },
    async (request) => previewMerge(ctxOf(request), request.params.id, request.query.into),
  );
  app.post(
    '/api/participants/:id/merge',
    {
      config: { permission: 'participants.merge' },
      schema: {
        tags,
        description: 'Merges this record (the duplicate) into another, with its history. Can be undone.',
        params: IdParams,
        body: MergeInput,
        response: { 200: Merge },
      },
    },
    async (request) => mergeParticipant(ctxOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/participant-merges/:id/undo',
    {
      config: { permission: 'participants.merge' },
      schema: { tags, params: IdParams, response: { 200: Merge } },
    },
    async (request) => undoMerge(ctxOf(request), request.params.id),
  );
};
