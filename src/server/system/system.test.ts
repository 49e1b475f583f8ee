import { describe, expect, it } from 'vitest';
import { createTestApp } from '#tests/app.ts';

const { app } = await createTestApp();

describe('system endpoints', () => {
  it('reports liveness and readiness', async () => {
    expect((await app.inject({ method: 'GET', url: '/health' })).json()).toEqual({ status: 'ok' });
    expect((await app.inject({ method: 'GET', url: '/ready' })).json()).toEqual({ status: 'ok' });
  });

  it('publishes an OpenAPI 3.1 document of every API route, with the contracts as schemas', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    for (const route of app.apiRoutes.filter((r) => r.url !== '/api/openapi.json')) {
      const path = route.url.replace(/:(\w+)/g, '{$1}');
      expect(doc.paths[path]?.[route.method.toLowerCase()], `${route.method} ${route.url}`).toBeDefined();
    }
    const create = doc.paths['/api/units'].post.requestBody.content['application/json'].schema;
    expect(create.required).toContain('name');
    expect(create.additionalProperties).toBe(false);
  });

  it('serves a browsable API docs page', async () => {
    const res = await app.inject({ method: 'GET', url: '/api-docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/swagger-ui/i);
  });
});
