import crypto from 'node:crypto';
import type { Queryable } from '../db/types.ts';
import { AppError } from '../lib/errors.ts';
import { newId } from '../lib/ids.ts';
import type { ByteRange } from './range.ts';

/** The bytes of an upload are stored in pieces of this size (a range request reads only those it needs). */
export const chunkBytes = 256 * 1024;

export type StoredFile = {
  id: string;
  content_type: string;
  size_bytes: number;
  chunk_bytes: number;
  created_at: Date;
};

type NewFile = {
  unitId: string;
  lessonId: string;
  participantId: string | null;
  kind: 'video' | 'voice';
  contentType: string;
  createdBy: string | null;
};

const insertFile = (tx: Queryable, id: string, file: NewFile, whole: Buffer | null) =>
  tx.query(
    `insert into lesson_files (id, unit_id, lesson_id, participant_id, kind, content_type, size_bytes, chunk_bytes,
                               sha256, created_by, received_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, case when $7::bigint is null then null else now() end)`,
    [
      id,
      file.unitId,
      file.lessonId,
      file.participantId,
      file.kind,
      file.contentType,
      whole?.length ?? null,
      chunkBytes,
      whole ? crypto.createHash('sha256').update(whole).digest('hex') : null,
      file.createdBy,
    ],
  );

const insertChunk = (tx: Queryable, fileId: string, unitId: string, seq: number, data: Buffer) =>
  tx.query('insert into lesson_file_chunks (file_id, unit_id, seq, data) values ($1, $2, $3, $4)', [
    fileId,
    unitId,
    seq,
    data,
  ]);

/** Stores a small file (a voice message) whole in the caller's transaction; row-level security decides who may. */
export async function storeFile(tx: Queryable, file: NewFile & { bytes: Buffer }): Promise<string> {
  const id = newId();
  await insertFile(tx, id, file, file.bytes);
  for (let seq = 0; seq * chunkBytes < file.bytes.length; seq++) {
    await insertChunk(
      tx,
      id,
      file.unitId,
      seq,
      file.bytes.subarray(seq * chunkBytes, (seq + 1) * chunkBytes),
    );
  }
  return id;
}

/** Runs one short transaction in the uploader's tenant context. */
export type Runner = <T>(fn: (tx: Queryable) => Promise<T>) => Promise<T>;

export type ReceivedFile = { id: string; contentType: string; sizeBytes: number; sha256: string };

/**
 * Receives a large file (a lesson video) into its chunks as the bytes arrive, each chunk in a short transaction
 * of its own: neither the whole file is held in memory nor a transaction for as long as the upload lasts (the
 * embedded database has one connection for everyone). What the file is comes from its first chunk (`type`,
 * null: refused). The file stays "receiving" until the caller's `completeFile`; whatever goes wrong before,
 * what was stored is removed.
 */
export async function receiveFile(
  run: Runner,
  body: AsyncIterable<Buffer>,
  file: Omit<NewFile, 'contentType'> & {
    maxBytes: number;
    type: (head: Buffer) => string | null;
    /** Why a file whose first bytes `type` does not know is refused. */
    refusal: string;
  },
): Promise<ReceivedFile> {
  const hash = crypto.createHash('sha256');
  const received = { id: '', contentType: '' };
  let pending = Buffer.alloc(0);
  let size = 0;
  let seq = 0;
  const store = async (chunk: Buffer) => {
    if (seq === 0) {
      const contentType = file.type(chunk);
      if (!contentType) throw new AppError('unsupported_media_type', file.refusal);
      const id = newId();
      await run(async (tx) => {
        await insertFile(tx, id, { ...file, contentType }, null);
        await insertChunk(tx, id, file.unitId, 0, chunk);
      });
      Object.assign(received, { id, contentType });
    } else {
      await run((tx) => insertChunk(tx, received.id, file.unitId, seq, chunk));
    }
    seq++;
  };
  try {
    for await (const piece of body) {
      size += piece.length;
      if (size > file.maxBytes) throw new AppError('payload_too_large', 'The file is too large.');
      hash.update(piece);
      pending = Buffer.concat([pending, piece]);
      while (pending.length >= chunkBytes) {
        await store(pending.subarray(0, chunkBytes));
        pending = pending.subarray(chunkBytes);
      }
    }
    if (pending.length > 0) await store(pending);
    if (seq === 0) throw new AppError('unsupported_media_type', 'Send the file itself as the body.');
    return { ...received, sizeBytes: size, sha256: hash.digest('hex') };
  } catch (error) {
    if (received.id) await run((tx) => discardFile(tx, received.id));
    throw error;
  }
}

/** Marks a received file complete, with its size and checksum, in the transaction that puts it to use. */
export async function completeFile(tx: Queryable, file: ReceivedFile): Promise<void> {
  await tx.query(
    'update lesson_files set size_bytes = $2, sha256 = $3, received_at = now() where id = $1 and received_at is null',
    [file.id, file.sizeBytes, file.sha256],
  );
}

/** Removes a file still being received and its chunks (a received file is history and stays). */
export async function discardFile(tx: Queryable, id: string): Promise<void> {
  await tx.query('delete from lesson_file_chunks where file_id = $1', [id]);
  await tx.query('delete from lesson_files where id = $1 and received_at is null', [id]);
}

/**
 * Removes uploads abandoned mid-way (the server stopped, or the connection dropped past the request's own
 * clean-up) a day after they began. On the owner connection, for every unit.
 */
export async function discardAbandonedUploads(db: Queryable, now: Date): Promise<number> {
  await db.query(
    `delete from lesson_file_chunks c using lesson_files f
      where f.id = c.file_id and f.received_at is null and f.created_at < $1::timestamptz - interval '1 day'`,
    [now.toISOString()],
  );
  const { rowCount } = await db.query(
    `delete from lesson_files where received_at is null and created_at < $1::timestamptz - interval '1 day'`,
    [now.toISOString()],
  );
  return rowCount;
}

export async function findFile(tx: Queryable, id: string): Promise<StoredFile | null> {
  const { rows } = await tx.query<StoredFile & { size_bytes: string | number }>(
    'select id, content_type, size_bytes, chunk_bytes, created_at from lesson_files where id = $1 and received_at is not null',
    [id],
  );
  const row = rows[0];
  return row ? { ...row, size_bytes: Number(row.size_bytes) } : null;
}

/** The bytes of one range of a stored file (both ends included), from the chunks that hold it. */
export async function readRange(tx: Queryable, file: StoredFile, range: ByteRange): Promise<Buffer> {
  const first = Math.floor(range.start / file.chunk_bytes);
  const last = Math.floor(range.end / file.chunk_bytes);
  const { rows } = await tx.query<{ seq: number; data: Uint8Array }>(
    'select seq, data from lesson_file_chunks where file_id = $1 and seq between $2 and $3 order by seq',
    [file.id, first, last],
  );
  if (rows.length !== last - first + 1) throw new Error(`file ${file.id} is missing chunks`);
  const joined = Buffer.concat(rows.map((r) => Buffer.from(r.data)));
  const offset = first * file.chunk_bytes;
  return joined.subarray(range.start - offset, range.end - offset + 1);
}
