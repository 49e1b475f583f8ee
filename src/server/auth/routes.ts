import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AuthOptions,
  LoginInput,
  LoginResult,
  PendingSignIn,
  PasswordResetInput,
  SessionInfo,
  SwitchMembershipInput,
  TotpCode,
  TotpEnrolment,
} from '#shared/auth.ts';
import { AppError } from '../lib/errors.ts';
import { sessionOf, systemCtxOf } from '../lib/http.ts';
import { needsSetup } from '../setup/service.ts';
import {
  confirmTotpEnrolment,
  login,
  resetPassword,
  sessionInfo,
  startTotpEnrolment,
  switchMembership,
  verifySecondFactor,
} from './service.ts';
import { loadSessionByHash, revokeSession, sessionCookie } from './sessions.ts';

const Csrf = z.object({ csrfToken: z.string() });
const tags = ['auth'];

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const authLimit = { max: app.config.authRateLimit, timeWindow: '1 minute' };
  const setCookie = (reply: FastifyReply, token: string) =>
    reply.setCookie(sessionCookie, token, {
      path: '/',
      httpOnly: true,
      secure: app.config.cookieSecure,
      sameSite: 'lax',
      maxAge: app.config.sessionHours * 3600,
    });

  app.get(
    '/api/auth/options',
    { config: { auth: 'public' }, schema: { tags, response: { 200: AuthOptions } } },
    async () => ({
      oidc: app.config.oidc ? { label: app.config.oidc.label } : null,
      setupRequired: await needsSetup(app.db),
    }),
  );

  app.post(
    '/api/auth/login',
    {
      config: { auth: 'public', rateLimit: authLimit },
      schema: { tags, body: LoginInput, response: { 200: LoginResult.extend(Csrf.shape) } },
    },
    async (request, reply) => {
      const result = await login(systemCtxOf(request), {
        ...request.body,
        userAgent: request.headers['user-agent'],
        sessionHours: app.config.sessionHours,
      });
      setCookie(reply, result.token);
      return { next: result.next, csrfToken: result.csrfToken };
    },
  );

  app.get(
    '/api/auth/pending',
    { config: { auth: 'password' }, schema: { tags, response: { 200: PendingSignIn } } },
    async (request) => {
      const session = sessionOf(request);
      const next = session.secondFactor
        ? null
        : session.totpEnabled
          ? ('totp' as const)
          : ('totp_enrolment' as const);
      return { next, csrfToken: session.csrfToken };
    },
  );

  app.post(
    '/api/auth/totp',
    {
      config: { auth: 'password', rateLimit: authLimit },
      schema: { tags, body: TotpCode, response: { 200: Csrf } },
    },
    async (request, reply) => {
      const { token, csrfToken } = await verifySecondFactor(
        systemCtxOf(request),
        sessionOf(request),
        request.body.code,
      );
      setCookie(reply, token);
      return { csrfToken };
    },
  );

  app.post(
    '/api/auth/totp/enrolment',
    {
      config: { auth: 'password', rateLimit: authLimit },
      schema: { tags, response: { 200: TotpEnrolment } },
    },
    async (request) => startTotpEnrolment(systemCtxOf(request), sessionOf(request)),
  );

  app.post(
    '/api/auth/totp/enrolment/confirm',
    {
      config: { auth: 'password', rateLimit: authLimit },
      schema: { tags, body: TotpCode, response: { 200: Csrf } },
    },
    async (request, reply) => {
      const { token, csrfToken } = await confirmTotpEnrolment(
        systemCtxOf(request),
        sessionOf(request),
        request.body.code,
      );
      setCookie(reply, token);
      return { csrfToken };
    },
  );

  app.post(
    '/api/auth/password-reset',
    { config: { auth: 'public', rateLimit: authLimit }, schema: { tags, body: PasswordResetInput } },
    async (request, reply) => {
      await resetPassword(systemCtxOf(request), request.body);
      return reply.status(204).send();
    },
  );

  const oidcCookie = 'rodtrad_oidc';
  const oidcCookiePath = '/api/auth/oidc';

  app.get(
    '/api/auth/oidc/start',
    { config: { auth: 'public', rateLimit: authLimit }, schema: { tags } },
    async (request, reply) => {
      if (!app.config.oidc) throw new AppError('not_found', 'Single sign-on is not configured.');
      const { startOidc } = await import('./oidc.ts'); // loaded only where single sign-on is used
      const { url, state } = await startOidc(app.db, app.config.oidc, app.config.publicUrl);
      reply.setCookie(oidcCookie, state, {
        path: oidcCookiePath,
        httpOnly: true,
        secure: app.config.cookieSecure,
        sameSite: 'lax',
        maxAge: 600,
      });
      return reply.redirect(url);
    },
  );

  // The provider sends the browser here; the answer is a redirect into the web app, errors included.
  app.get(
    '/api/auth/oidc/callback',
    { config: { auth: 'public', rateLimit: authLimit }, schema: { tags } },
    async (request, reply) => {
      if (!app.config.oidc) throw new AppError('not_found', 'Single sign-on is not configured.');
      reply.clearCookie(oidcCookie, { path: oidcCookiePath });
      try {
        const { finishOidc } = await import('./oidc.ts');
        const result = await finishOidc(systemCtxOf(request), app.config.oidc, {
          currentUrl: new URL(request.url, app.config.publicUrl),
          cookieState: request.cookies[oidcCookie],
          sessionHours: app.config.sessionHours,
          userAgent: request.headers['user-agent'],
        });
        setCookie(reply, result.token);
        return reply.redirect(result.next ? `/login?step=${result.next}` : '/');
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        request.log.warn({ err: error }, 'single sign-on failed');
        return reply.redirect(`/login?error=${error.code}`);
      }
    },
  );

  app.post('/api/auth/logout', { config: { auth: 'password' }, schema: { tags } }, async (request, reply) => {
    await revokeSession(app.db, sessionOf(request).idHash);
    reply.clearCookie(sessionCookie, { path: '/' });
    return reply.status(204).send();
  });

  app.get('/api/session', { schema: { tags, response: { 200: SessionInfo } } }, async (request) =>
    sessionInfo(app.db, sessionOf(request)),
  );

  app.put(
    '/api/session/membership',
    { schema: { tags, body: SwitchMembershipInput, response: { 200: SessionInfo } } },
    async (request) => {
      const session = sessionOf(request);
      await switchMembership(systemCtxOf(request), session, request.body.membershipId);
      return sessionInfo(app.db, (await loadSessionByHash(app.db, session.idHash))!);
    },
  );
};
