import type { InjectOptions } from 'fastify';
import { afterAll } from 'vitest';
import { createApp, type App } from '#server/app.ts';
import { loadConfig } from '#server/config.ts';
import type { Db } from '#server/db/types.ts';
import { createTestDb } from './db.ts';
import type { StaffSession } from './factories.ts';

export type TestApp = { app: App; db: Db };

/** A real app on a fresh database for one test file; closed after the file. */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const db = await createTestDb();
  // No background worker: tests that need jobs or the outbox run them themselves, at a time they choose.
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    PUBLIC_URL: 'http://localhost:3000',
    JOBS: 'off',
    ...env,
  });
  const app = await createApp({ db, config });
  afterAll(async () => {
    await app.close();
    await db.close();
  });
  return { app, db };
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Calls the API as a signed-in staff member, cookie and CSRF header included. */
export function as(app: App, session: Pick<StaffSession, 'cookie' | 'csrfToken'> | null) {
  const call = (method: Method, url: string, body?: unknown, extra: Partial<InjectOptions> = {}) =>
    app.inject({
      method,
      url,
      ...(body === undefined ? {} : { payload: body as InjectOptions['payload'] }),
      ...extra,
      headers: {
        ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrfToken } : {}),
        ...extra.headers,
      },
    });
  return {
    get: (url: string, extra?: Partial<InjectOptions>) => call('GET', url, undefined, extra),
    post: (url: string, body?: unknown, extra?: Partial<InjectOptions>) =>
      call('POST', url, body ?? {}, extra),
    put: (url: string, body?: unknown, extra?: Partial<InjectOptions>) => call('PUT', url, body ?? {}, extra),
    patch: (url: string, body?: unknown) => call('PATCH', url, body ?? {}),
    delete: (url: string) => call('DELETE', url),
  };
}
