import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../lib/errors.ts';

/**
 * A large upload (a lesson video, up to 100 MB) is held in memory until it is stored, so only so many are
 * received at once; the next is answered 503 with Retry-After before its body is read. Small ones (voice
 * messages, subtitles) are not counted.
 */
export const maxLargeUploadsAtOnce = 3;
const largeUploadBytes = 10 * 1024 * 1024;
let receiving = 0;
export const largeUploadsReceiving = () => receiving;

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
  app.addHook('onRequest', async (request, reply) => {
    if (request.routeOptions.bodyLimit <= largeUploadBytes) return;
    if (receiving >= maxLargeUploadsAtOnce) {
      reply.header('retry-after', '30');
      throw new AppError(
        'unavailable',
        'Several large files are being received just now. Try again in a minute.',
      );
    }
    receiving++;
    // 'close' comes once the answer is sent or the client has gone, whichever happens.
    reply.raw.once('close', () => receiving--);
  });
}

export function rawBody(request: FastifyRequest): Buffer {
  if (!Buffer.isBuffer(request.body) || request.body.length === 0) {
    throw new AppError('unsupported_media_type', 'Send the file itself as the body.');
  }
  return request.body;
}
