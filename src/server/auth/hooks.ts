import crypto from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { audit } from '../lib/audit.ts';
import { AppError } from '../lib/errors.ts';
import { systemCtxOf } from '../lib/http.ts';
import { can, type Permission } from '../lib/permissions.ts';
import { authenticateParticipant } from '../participant-access/hook.ts';
import { loadSession, sessionCookie } from './sessions.ts';

export type ApiRoute = {
  method: string;
  url: string;
  auth: 'public' | 'password' | 'full' | 'participant';
  permission?: Permission;
};

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string | undefined, b: string): boolean {
  if (!a || a.length !== b.length) return false;
  return crypto.timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/**
 * Authentication, CSRF and the permission matrix, checked before the body is even parsed.
 * Every /api route requires a full sign-in unless its config says otherwise.
 */
export function registerAuthHooks(app: FastifyInstance): void {
  // Every API route with the access it requires, for the permission walk test and the docs.
  app.decorate('apiRoutes', [] as ApiRoute[]);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.method === 'HEAD') return;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD') continue;
      app.apiRoutes.push({
        method,
        url: route.url,
        auth: route.config?.auth ?? 'full',
        permission: route.config?.permission,
      });
    }
  });
  app.decorateRequest('session', null);
  app.decorateRequest('actor', null);
  app.decorateRequest('participant', null);
  app.addHook('onRequest', async (request: FastifyRequest) => {
    if (!request.url.startsWith('/api/') || !request.routeOptions.url) return;
    const { auth = 'full', permission } = request.routeOptions.config;
    if (auth === 'public') return;
    // The participant app: her own cookie and session only; a staff session never passes here, nor hers below.
    if (auth === 'participant') return authenticateParticipant(app, request);

    const token = request.cookies[sessionCookie];
    const session = token ? await loadSession(app.db, token) : null;
    if (!session) throw new AppError('unauthenticated', 'Sign in to continue.');
    request.session = session;
    if (
      !safeMethods.has(request.method) &&
      !sameToken(request.headers['x-csrf-token'] as string, session.csrfToken)
    ) {
      throw new AppError('csrf', 'The request lacks a valid CSRF token. Reload the page and try again.');
    }
    if (auth === 'password') return;
    if (!session.secondFactor)
      throw new AppError('second_factor_required', 'Enter the code from your authenticator app.');
    if (!session.membershipId || !session.role) throw new AppError('no_role', 'This account has no role.');
    request.actor = {
      userId: session.userId,
      name: session.name,
      organisationId: session.organisationId,
      membershipId: session.membershipId,
      role: session.role,
      unitId: session.unitId,
    };
    if (permission && !can(session.role, permission)) {
      if (permission.startsWith('participants.')) {
        await audit(
          app.db,
          { ...systemCtxOf(request), actor: undefined },
          {
            action: `route.${permission}`,
            outcome: 'denied',
            organisationId: session.organisationId,
            unitId: session.unitId,
            actorUserId: session.userId,
            details: { method: request.method, route: request.routeOptions.url },
          },
        );
      }
      throw new AppError('forbidden', 'Your role does not allow this.');
    }
  });
}
