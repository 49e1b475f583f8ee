import type { z } from 'zod';
import type { Contact, RecordContactInput } from '#shared/journal.ts';
import { audit } from '../lib/audit.ts';
import type { Ctx } from '../lib/context.ts';
import { newId } from '../lib/ids.ts';
import { forParticipant } from '../lib/participant-access.ts';

type Row = Omit<Contact, 'happenedAt'> & { happenedAt: Date };

const contactSelect = `
  select c.id, c.kind, c.happened_at as "happenedAt", u.name as "recordedByName",
         c.language_support as "languageSupport", c.language, c.note
    from contacts c join users u on u.id = c.recorded_by`;

const present = (r: Row): Contact => ({ ...r, happenedAt: r.happenedAt.toISOString() });

export function listContacts(ctx: Ctx, participantId: string): Promise<Contact[]> {
  return forParticipant(ctx, participantId, 'contact.list', async (tx) => {
    const { rows } = await tx.query<Row>(
      `${contactSelect} where c.participant_id = $1 order by c.happened_at desc`,
      [participantId],
    );
    await audit(tx, ctx, { action: 'contact.list', participantId });
    return rows.map(present);
  });
}

/** Records a meeting, call or home visit, and whether an interpreter or language supporter took part. */
export function recordContact(ctx: Ctx, participantId: string, input: z.output<typeof RecordContactInput>) {
  return forParticipant(ctx, participantId, 'contact.create', async (tx) => {
    const id = newId();
    await tx.query(
      `insert into contacts (id, unit_id, participant_id, kind, happened_at, recorded_by, language_support, language, note)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        id,
        ctx.actor.unitId,
        participantId,
        input.kind,
        input.happenedAt,
        ctx.actor.userId,
        input.languageSupport,
        input.languageSupport === 'none' ? null : input.language,
        input.note ?? null,
      ],
    );
    await audit(tx, ctx, { action: 'contact.create', participantId, subjectType: 'contact', subjectId: id });
    const { rows } = await tx.query<Row>(`${contactSelect} where c.id = $1`, [id]);
    return present(rows[0]!);
  });
}
