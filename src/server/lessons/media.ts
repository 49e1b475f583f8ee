import crypto from 'node:crypto';
import type { Queryable } from '../db/types.ts';
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

/** Stores a file and its chunks in the caller's transaction; row-level security decides who may. */
export async function storeFile(
  tx: Queryable,
  file: {
    unitId: string;
    lessonId: string;
    participantId: string | null;
    kind: 'video' | 'voice';
    contentType: string;
    createdBy: string | null;
    bytes: Buffer;
  },
): Promise<string> {
  const id = newId();
  await tx.query(
    `insert into lesson_files (id, unit_id, lesson_id, participant_id, kind, content_type, size_bytes, chunk_bytes,
                               sha256, created_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      id,
      file.unitId,
      file.lessonId,
      file.participantId,
      file.kind,
      file.contentType,
      file.bytes.length,
      chunkBytes,
      crypto.createHash('sha256').update(file.bytes).digest('hex'),
      file.createdBy,
    ],
  );
  for (let seq = 0; seq * chunkBytes < file.bytes.length; seq++) {
    await tx.query('insert into lesson_file_chunks (file_id, unit_id, seq, data) values ($1, $2, $3, $4)', [
      id,
      file.unitId,
      seq,
      file.bytes.subarray(seq * chunkBytes, (seq + 1) * chunkBytes),
    ]);
  }
  return id;
}

export async function findFile(tx: Queryable, id: string): Promise<StoredFile | null> {
  const { rows } = await tx.query<StoredFile & { size_bytes: string | number }>(
    'select id, content_type, size_bytes, chunk_bytes, created_at from lesson_files where id = $1',
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
