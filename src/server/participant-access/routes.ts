import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Id } from '#shared/common.ts';
import {
  AppAccess,
  CodeSent,
  CodeVerify,
  CreateAppInvitationInput,
  CreatedAppInvitation,
  InvitationToken,
  Me,
  ParticipantSignedIn,
  RegistrationFinish,
  RegistrationStart,
  RevokedCount,
  SignInFinish,
  SignInStart,
} from '#shared/participant-access.ts';
import { ctxOf, systemCtxOf } from '../lib/http.ts';
import { requestCode, verifyCode } from './codes.ts';
import { participantCtxOf } from './hook.ts';
import { createAppInvitation, getAppAccess, revokeAllAppAccess, revokeAppSession } from './invitations.ts';
import { getMe, signOut } from './me.ts';
import {
  finishRegistration,
  finishSignIn,
  relyingPartyOf,
  startRegistration,
  startSignIn,
} from './passkeys.ts';
import { participantCookie, participantSessionDays } from './sessions.ts';

const staffTags = ['participant app access'];
const tags = ['participant app'];
const Params = z.object({ id: Id });

export const participantAccessRoutes: FastifyPluginAsyncZod = async (app) => {
  const limit = { max: app.config.authRateLimit, timeWindow: '1 minute' };
  const rp = relyingPartyOf(app.config.publicUrl);
  const device = (request: FastifyRequest, label?: string) => ({
    deviceLabel: label || null,
    userAgent: request.headers['user-agent'],
  });
  const signedIn = (reply: FastifyReply, session: { token: string; csrfToken: string }) => {
    reply.setCookie(participantCookie, session.token, {
      path: '/',
      httpOnly: true,
      secure: app.config.cookieSecure,
      sameSite: 'lax',
      maxAge: participantSessionDays * 24 * 3600,
    });
    return reply.code(201).send({ csrfToken: session.csrfToken });
  };

  // The coach's side, on her record.
  app.post(
    '/api/participants/:id/app-invitations',
    {
      config: { permission: 'participants.invite' },
      schema: {
        tags: staffTags,
        params: Params,
        body: CreateAppInvitationInput,
        response: { 201: CreatedAppInvitation },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await createAppInvitation(
            ctxOf(request),
            app.config.publicUrl,
            request.params.id,
            request.body.channel,
          ),
        ),
  );
  app.get(
    '/api/participants/:id/app-access',
    {
      config: { permission: 'participants.read' },
      schema: { tags: staffTags, params: Params, response: { 200: AppAccess } },
    },
    async (request) => getAppAccess(ctxOf(request), request.params.id),
  );
  app.post(
    '/api/participants/:id/app-sessions/:sid/revoke',
    {
      config: { permission: 'participants.invite' },
      schema: { tags: staffTags, params: Params.extend({ sid: Id }) },
    },
    async (request, reply) => {
      await revokeAppSession(ctxOf(request), request.params.id, request.params.sid);
      return reply.code(204).send();
    },
  );
  app.post(
    '/api/participants/:id/app-access/revoke-all',
    {
      config: { permission: 'participants.invite' },
      schema: { tags: staffTags, params: Params, response: { 200: RevokedCount } },
    },
    async (request) => revokeAllAppAccess(ctxOf(request), request.params.id),
  );

  // Her side: public until she has a session, and rate limited like staff sign-in.
  app.post(
    '/api/app/invitation/registration-options',
    {
      config: { auth: 'public', rateLimit: limit },
      schema: { tags, body: InvitationToken, response: { 200: RegistrationStart } },
    },
    async (request) => startRegistration(systemCtxOf(request), rp, request.body.token),
  );
  app.post(
    '/api/app/invitation/registration',
    {
      config: { auth: 'public', rateLimit: limit },
      schema: { tags, body: RegistrationFinish, response: { 201: ParticipantSignedIn } },
    },
    async (request, reply) =>
      signedIn(
        reply,
        await finishRegistration(
          systemCtxOf(request),
          rp,
          request.body,
          device(request, request.body.deviceLabel),
        ),
      ),
  );
  app.post(
    '/api/app/invitation/code',
    {
      config: { auth: 'public', rateLimit: limit },
      schema: { tags, body: InvitationToken, response: { 202: CodeSent } },
    },
    async (request, reply) =>
      reply.code(202).send(await requestCode(systemCtxOf(request), request.body.token)),
  );
  app.post(
    '/api/app/invitation/code-sign-in',
    {
      config: { auth: 'public', rateLimit: limit },
      schema: { tags, body: CodeVerify, response: { 201: ParticipantSignedIn } },
    },
    async (request, reply) =>
      signedIn(
        reply,
        await verifyCode(systemCtxOf(request), request.body, device(request, request.body.deviceLabel)),
      ),
  );
  app.post(
    '/api/app/sign-in/options',
    { config: { auth: 'public', rateLimit: limit }, schema: { tags, response: { 200: SignInStart } } },
    async (request) => startSignIn(systemCtxOf(request), rp),
  );
  app.post(
    '/api/app/sign-in',
    {
      config: { auth: 'public', rateLimit: limit },
      schema: { tags, body: SignInFinish, response: { 201: ParticipantSignedIn } },
    },
    async (request, reply) =>
      signedIn(reply, await finishSignIn(systemCtxOf(request), rp, request.body, device(request))),
  );

  // Signed in as herself: her id comes from her session only.
  app.get(
    '/api/me',
    { config: { auth: 'participant' }, schema: { tags, response: { 200: Me } } },
    async (request) => ({
      ...(await getMe(participantCtxOf(request))),
      csrfToken: request.participant!.csrfToken,
    }),
  );
  app.post(
    '/api/me/sign-out',
    { config: { auth: 'participant' }, schema: { tags } },
    async (request, reply) => {
      await signOut(participantCtxOf(request));
      reply.clearCookie(participantCookie, { path: '/' });
      return reply.code(204).send();
    },
  );
};
