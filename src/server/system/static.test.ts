import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { webRoot } from '#server/lib/paths.ts';
import { createTestApp } from '#tests/app.ts';

// `npm test` builds first, so dist/web is there with the brotli and gzip copies the build writes.
it('sends the build’s precompressed copy to a browser that takes it, the file itself otherwise, and keeps hashed assets for good', async () => {
  const { app } = await createTestApp();
  const manifest = JSON.parse(fs.readFileSync(path.join(webRoot, '.vite', 'manifest.json'), 'utf8'));
  const entry: string = manifest['participant-app/index.html'].file;
  const original = fs.readFileSync(path.join(webRoot, entry));

  const br = await app.inject({ url: `/${entry}`, headers: { 'accept-encoding': 'br, gzip' } });
  expect(br.statusCode).toBe(200);
  expect(br.headers['content-encoding']).toBe('br');
  expect(br.rawPayload).toEqual(fs.readFileSync(path.join(webRoot, `${entry}.br`)));
  expect(br.headers['cache-control']).toContain('immutable');

  const gzip = await app.inject({ url: `/${entry}`, headers: { 'accept-encoding': 'gzip' } });
  expect(gzip.headers['content-encoding']).toBe('gzip');

  const plain = await app.inject({ url: `/${entry}`, headers: { 'accept-encoding': 'identity' } });
  expect(plain.headers['content-encoding']).toBeUndefined();
  expect(plain.rawPayload).toEqual(original);
  expect(plain.headers['cache-control']).toContain('immutable');
  // A missing asset is a 404 that must not be kept for a year.
  const missing = await app.inject({ url: '/assets/none-such.js' });
  expect(missing.statusCode).toBe(404);
  expect(missing.headers['cache-control'] ?? '').not.toContain('immutable');
  await app.close();
});
