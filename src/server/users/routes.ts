import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '#shared/common.ts';
import {
  CreatedUser,
  CreateUserInput,
  OneTimeLink,
  ResetLinkInput,
  UpdateUserInput,
  User,
} from '#shared/users.ts';
import { ctxOf } from '../lib/http.ts';
import { createUser, getUser, issueResetLink, listUsers, updateUser } from './service.ts';

const tags = ['users'];

export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/users',
    { config: { permission: 'users.list' }, schema: { tags, response: { 200: z.array(User) } } },
    async (request) => listUsers(ctxOf(request)),
  );
  app.get(
    '/api/users/:id',
    { config: { permission: 'users.list' }, schema: { tags, params: IdParams, response: { 200: User } } },
    async (request) => getUser(ctxOf(request), request.params.id),
  );
  app.post(
    '/api/users',
    {
      config: { permission: 'users.manage' },
      schema: { tags, body: CreateUserInput, response: { 201: CreatedUser } },
    },
    async (request, reply) =>
      reply.status(201).send(await createUser(ctxOf(request), app.config.publicUrl, request.body)),
  );
  app.patch(
    '/api/users/:id',
    {
      config: { permission: 'users.manage' },
      schema: { tags, params: IdParams, body: UpdateUserInput, response: { 200: User } },
    },
    async (request) => updateUser(ctxOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/users/:id/reset-link',
    {
      config: { permission: 'users.manage' },
      schema: { tags, params: IdParams, body: ResetLinkInput, response: { 201: OneTimeLink } },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await issueResetLink(
            ctxOf(request),
            app.config.publicUrl,
            request.params.id,
            request.body.resetTwoFactor,
          ),
        ),
  );
};
