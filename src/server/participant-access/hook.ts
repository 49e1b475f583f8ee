import crypto from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ParticipantCtx } from '../db/tenant.ts';
import { AppError } from '../lib/errors.ts';
import { loadParticipantSession, participantCookie, type LoadedParticipantSession } from './sessions.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set on routes with config.auth 'participant': her session, from her own cookie. */
    participant: LoadedParticipantSession | null;
  }
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: unknown, b: string): boolean {
  if (typeof a !== 'string' || a.length !== b.length) return false;
  return crypto.timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/** For routes only a signed-in participant may call: her session from rodtrad_p, and CSRF as for staff. */
export async function authenticateParticipant(app: FastifyInstance, request: FastifyRequest): Promise<void> {
  const token = request.cookies[participantCookie];
  const session = token ? await loadParticipantSession(app.db, token) : null;
  if (!session) throw new AppError('unauthenticated', 'Sign in to continue.');
  if (!safeMethods.has(request.method) && !sameToken(request.headers['x-csrf-token'], session.csrfToken)) {
    throw new AppError('csrf', 'The request lacks a valid CSRF token. Reload the page and try again.');
  }
  request.participant = session;
}

/**
 * The context of every participant endpoint (/api/me and those after it): her id comes from her session,
 * never from the URL or the body.
 */
export function participantCtxOf(request: FastifyRequest): ParticipantCtx {
  const p = request.participant;
  if (!p) throw new AppError('unauthenticated');
  return {
    db: request.server.db,
    participant: {
      participantId: p.participantId,
      unitId: p.unitId,
      organisationId: p.organisationId,
      sessionId: p.id,
    },
    requestId: request.id,
    ip: request.ip,
  };
}
