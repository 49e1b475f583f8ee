import type { FastifyRequest } from 'fastify';
import type { ApiRoute } from '../auth/hooks.ts';
import type { LoadedSession } from '../auth/sessions.ts';
import type { Config } from '../config.ts';
import type { Db } from '../db/types.ts';
import type { Actor, Ctx, SystemCtx } from './context.ts';
import { AppError } from './errors.ts';
import type { Permission } from './permissions.ts';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    config: Config;
    apiRoutes: ApiRoute[];
  }
  interface FastifyContextConfig {
    /**
     * public: no session; password: signed in without the second factor yet; full (default): signed in;
     * participant: a participant signed in to the participant app (her own cookie, never a staff session).
     */
    auth?: 'public' | 'password' | 'full' | 'participant';
    /** The action in the permission matrix that this route takes. */
    permission?: Permission;
  }
  interface FastifyRequest {
    session: LoadedSession | null;
    actor: Actor | null;
  }
}

export function ctxOf(request: FastifyRequest): Ctx {
  if (!request.actor) throw new AppError('unauthenticated');
  return { db: request.server.db, actor: request.actor, requestId: request.id, ip: request.ip };
}

export function systemCtxOf(request: FastifyRequest): SystemCtx {
  return { db: request.server.db, requestId: request.id, ip: request.ip };
}

export function sessionOf(request: FastifyRequest): LoadedSession {
  if (!request.session) throw new AppError('unauthenticated');
  return request.session;
}
