import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../lib/errors.ts';

/**
 * A large upload (a lesson video, up to 100 MB) writes to the database for as long as it lasts, so only so many
 * are received at once; the next is answered 503 with Retry-After before its body is read. Small ones (voice
 * messages, subtitles) are not counted.
 */
export const maxLargeUploadsAtOnce = 3;
const largeUploadBytes = 10 * 1024 * 1024;
let receiving = 0;
export const largeUploadsReceiving = () => receiving;

/**
 * Uploads (videos, voice messages, subtitles) come as the raw file in the body, for the routes of this plugin
 * only. The body is left as the stream it arrives in: a small file is read whole (`rawBody`), a video is stored
 * chunk by chunk as it comes (media.ts). What the file is, is decided from its bytes; each route sets its limit.
 */
export function acceptRawUploads(app: FastifyInstance) {
  app.addContentTypeParser(
    /^(video\/|audio\/|text\/vtt|application\/octet-stream)/,
    (_request, payload, done) => done(null, payload),
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

const tooLarge = () => new AppError('payload_too_large', 'The file is too large.');

/**
 * The body as it arrives, not yet read; refused at once when it says it is longer than the route's limit (the
 * parser above reads nothing, so the limit is kept here and by whoever reads the stream).
 */
export function bodyStream(request: FastifyRequest): Readable {
  if (Number(request.headers['content-length']) > request.routeOptions.bodyLimit) throw tooLarge();
  if (!(request.body instanceof Readable)) {
    throw new AppError('unsupported_media_type', 'Send the file itself as the body.');
  }
  return request.body;
}

/** A small upload's whole body, read up to the route's limit. */
export async function rawBody(request: FastifyRequest): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const part of bodyStream(request) as AsyncIterable<Buffer>) {
    size += part.length;
    if (size > request.routeOptions.bodyLimit) throw tooLarge();
    parts.push(part);
  }
  if (size === 0) throw new AppError('unsupported_media_type', 'Send the file itself as the body.');
  return Buffer.concat(parts);
}
