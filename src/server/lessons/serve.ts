import { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { StoredFile } from './media.ts';
import { capRange, maxRangeBytes, parseRange, type ByteRange } from './range.ts';

/** Reads one range of the file in its own short transaction (under the caller's row-level security). */
export type RangeReader = (range: ByteRange) => Promise<Buffer>;

/**
 * Answers a stored media file with HTTP range support, so a phone's player can seek: a range is answered 206
 * (an open one in pieces of at most maxRangeBytes, which players follow with the next request), no range 200
 * with the whole file read piece by piece, and a range past the end 416.
 */
export async function sendStoredFile(
  request: FastifyRequest,
  reply: FastifyReply,
  file: StoredFile,
  read: RangeReader,
) {
  const size = file.size_bytes;
  reply.header('accept-ranges', 'bytes').header('content-type', file.content_type);
  reply.header('content-disposition', 'inline');
  const asked = parseRange(request.headers.range, size);
  if (asked === 'unsatisfiable') {
    return reply.code(416).header('content-range', `bytes */${size}`).send();
  }
  if (asked) {
    const range = capRange(asked);
    const bytes = await read(range);
    return reply
      .code(206)
      .header('content-range', `bytes ${range.start}-${range.end}/${size}`)
      .header('content-length', bytes.length)
      .send(bytes);
  }
  if (size <= maxRangeBytes) return reply.code(200).send(await read({ start: 0, end: size - 1 }));
  async function* pieces() {
    for (let start = 0; start < size; start += maxRangeBytes) {
      yield await read({ start, end: Math.min(size, start + maxRangeBytes) - 1 });
    }
  }
  return reply.code(200).header('content-length', size).send(Readable.from(pieces()));
}
