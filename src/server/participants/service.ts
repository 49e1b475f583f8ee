import type { z } from 'zod';
import type { CreateParticipantInput, Participant, ParticipantListQuery } from '#shared/participants.ts';
import { inTenant } from '../db/tenant.ts';
import { audit } from '../lib/audit.ts';
import type { Ctx } from '../lib/context.ts';
import { AppError, notFound } from '../lib/errors.ts';
import { newId } from '../lib/ids.ts';
import { presentParticipant, type ParticipantRow } from './presenter.ts';

function unitOf(ctx: Ctx): string {
  if (!ctx.actor.unitId) throw new AppError('forbidden', 'Choose a unit first.');
  return ctx.actor.unitId;
}

export async function listParticipants(ctx: Ctx, query: z.output<typeof ParticipantListQuery>) {
  const unitId = unitOf(ctx);
  return inTenant(ctx, async (tx) => {
    const filter = `unit_id = $1 and ($2::text is null or (first_name || ' ' || last_name) ilike '%' || $2 || '%'
                     or $2 <% (first_name || ' ' || last_name))`;
    const params = [unitId, query.q ?? null];
    // The page reads only the rows up to it through the (unit, name) index; the total is a count beside it.
    const [page, count] = await Promise.all([
      tx.query<ParticipantRow>(
        `select * from participants where ${filter} order by last_name, first_name, id limit $3 offset $4`,
        [...params, query.limit, query.offset],
      ),
      tx.query<{ total: number }>(`select count(*)::int as total from participants where ${filter}`, params),
    ]);
    const total = count.rows[0]!.total;
    await audit(tx, ctx, {
      action: 'participant.list',
      details: { q: query.q ?? null, offset: query.offset, returned: page.rows.length },
    });
    return { items: page.rows.map(presentParticipant), total };
  });
}

export async function getParticipant(ctx: Ctx, id: string): Promise<Participant> {
  unitOf(ctx);
  const found = await inTenant(ctx, async (tx) => {
    const { rows } = await tx.query<ParticipantRow>(
      'select * from participants where id = $1 and unit_id = $2',
      [id, ctx.actor.unitId],
    );
    if (rows[0]) await audit(tx, ctx, { action: 'participant.read', participantId: id });
    return rows[0];
  });
  if (found) return presentParticipant(found);
  // Another unit's id, or none: the attempt is recorded all the same.
  await inTenant(ctx, (tx) =>
    audit(tx, ctx, { action: 'participant.read', outcome: 'denied', participantId: id }),
  );
  throw notFound('Participant');
}

export async function createParticipant(ctx: Ctx, input: z.output<typeof CreateParticipantInput>) {
  const unitId = unitOf(ctx);
  return inTenant(ctx, async (tx) => {
    const { rows } = await tx.query<ParticipantRow>(
      `insert into participants (id, unit_id, first_name, last_name, birth_date, created_by)
       values ($1, $2, $3, $4, $5, $6) returning *`,
      [newId(), unitId, input.firstName, input.lastName, input.birthDate ?? null, ctx.actor.userId],
    );
    const row = rows[0]!;
    await audit(tx, ctx, { action: 'participant.create', participantId: row.id });
    return presentParticipant(row);
  });
}
