import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../lib/errors.ts';

/**
 * Uploads (videos, voice messages, subtitles) come as the raw file in the body, for the routes of this plugin
 * only. What the file is, is decided from its bytes later; each route sets its own body limit.
 */
export function acceptRawUploads(app: FastifyInstance) {
  app.addContentTypeParser(
    /^(video\/|audio\/|text\/vtt|application\/octet-stream)/,
    { parseAs: 'buffer' },
    (_request, body, done) => done(null, body),
  );
}

export function rawBody(request: FastifyRequest): Buffer {
  if (!Buffer.isBuffer(request.body) || request.body.length === 0) {
    throw new AppError('unsupported_media_type', 'Send the file itself as the body.');
  }
  return request.body;
}
