import type { z } from 'zod';
import type { JournalEntry, JournalQuery, WriteJournalInput } from '#shared/journal.ts';
import type { Queryable } from '../db/types.ts';
import { audit } from '../lib/audit.ts';
import type { Ctx } from '../lib/context.ts';
import { AppError, notFound } from '../lib/errors.ts';
import { newId } from '../lib/ids.ts';
import { forParticipant } from '../lib/participant-access.ts';

type Row = Omit<JournalEntry, 'writtenAt'> & { writtenAt: Date };

// Row-level security decides which entries a caller sees (journal_visible in migration 0005).
const entrySelect = `
  select e.id, e.participant_id as "participantId", e.author_id as "authorId", u.name as "authorName",
         e.written_at as "writtenAt", e.visibility, e.body, e.corrects_id as "correctsId",
         (select c.id from journal_entries c where c.corrects_id = e.id order by c.written_at desc limit 1) as "correctedById"
    from journal_entries e join users u on u.id = e.author_id`;

const present = (r: Row): JournalEntry => ({ ...r, writtenAt: r.writtenAt.toISOString() });

/** Only social-assistance case workers may write what only they may read. */
export const canWriteVisibility = (role: string, visibility: string) =>
  visibility !== 'case_workers' || role === 'case_worker';

export function listJournal(ctx: Ctx, participantId: string, query: z.output<typeof JournalQuery>) {
  return forParticipant(ctx, participantId, 'journal.read', async (tx) => {
    const { rows } = await tx.query<Row>(
      `${entrySelect} where e.participant_id = $1
         and ($2::text is null or e.search @@ websearch_to_tsquery('swedish', $2) or e.body ilike '%' || $2 || '%')
       order by e.written_at desc, e.id desc`,
      [participantId, query.q ?? null],
    );
    await audit(tx, ctx, {
      action: 'journal.read',
      participantId,
      details: { q: query.q ?? null, returned: rows.length },
    });
    return rows.map(present);
  });
}

async function findEntry(tx: Queryable, id: string): Promise<JournalEntry> {
  const { rows } = await tx.query<Row>(`${entrySelect} where e.id = $1`, [id]);
  if (!rows[0]) throw notFound('Journal entry');
  return present(rows[0]);
}

/** Appends an entry; a correction points at the entry it corrects, which stays as it was. */
export function writeJournal(ctx: Ctx, participantId: string, input: z.output<typeof WriteJournalInput>) {
  if (!canWriteVisibility(ctx.actor.role, input.visibility)) {
    throw new AppError(
      'forbidden',
      'Only social-assistance case workers can write entries only they can read.',
    );
  }
  return forParticipant(ctx, participantId, 'journal.write', async (tx) => {
    if (input.correctsId) {
      const corrected = await findEntry(tx, input.correctsId);
      if (corrected.participantId !== participantId) throw notFound('Journal entry');
    }
    const id = newId();
    await tx.query(
      `insert into journal_entries (id, unit_id, participant_id, author_id, visibility, body, corrects_id)
       values ($1, $2, $3, $4, $5, $6, $7)`,
      [
        id,
        ctx.actor.unitId,
        participantId,
        ctx.actor.userId,
        input.visibility,
        input.body,
        input.correctsId ?? null,
      ],
    );
    await audit(tx, ctx, {
      action: 'journal.write',
      participantId,
      subjectType: 'journal_entry',
      subjectId: id,
      details: { visibility: input.visibility, corrects: input.correctsId ?? null },
    });
    return findEntry(tx, id);
  });
}
