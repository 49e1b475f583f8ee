import type { z } from 'zod';
import {
  isStudyMilestone,
  type Milestone,
  type MilestoneInput,
  type PartnerParticipant,
  type PartnerRecord,
} from '#shared/milestones.ts';
import { inTenant } from '../db/tenant.ts';
import type { Queryable } from '../db/types.ts';
import { audit } from '../lib/audit.ts';
import type { Ctx } from '../lib/context.ts';
import { AppError, notFound } from '../lib/errors.ts';
import { insertMilestone, listMilestonesOf } from './service.ts';

/*
 * The adult-education school (role partner) sees a participant of its unit only while her consent to share with
 * it (purpose adult_education) stands, and then only her name, birth year and languages and her study
 * milestones. Row-level security says the same (migration 0018), so a mistake here still shows nothing more.
 */

type Row = {
  id: string;
  first_name: string;
  last_name: string;
  birth_year: number | null;
  languages: string[];
};

const minimalSelect = `
  select p.id, p.first_name, p.last_name, extract(year from p.birth_date)::int as birth_year, p.languages
    from participants p
   where p.unit_id = $1 and p.merged_into is null and partner_may_see(p.id)`;

const present = (r: Row): PartnerParticipant => ({
  id: r.id,
  firstName: r.first_name,
  lastName: r.last_name,
  birthYear: r.birth_year,
  languages: r.languages,
});

function requireUnit(ctx: Ctx): string {
  if (!ctx.actor.unitId) throw new AppError('forbidden', 'Choose a unit first.');
  return ctx.actor.unitId;
}

export function listPartnerParticipants(ctx: Ctx): Promise<PartnerParticipant[]> {
  const unitId = requireUnit(ctx);
  return inTenant(ctx, async (tx) => {
    const { rows } = await tx.query<Row>(`${minimalSelect} order by p.last_name, p.first_name, p.id`, [
      unitId,
    ]);
    await audit(tx, ctx, { action: 'partner.participant_list', details: { returned: rows.length } });
    return rows.map(present);
  });
}

/** Runs fn for a participant she consented to share with the school; anyone else is not found (audited). */
async function forConsented<T>(
  ctx: Ctx,
  participantId: string,
  action: string,
  fn: (tx: Queryable, participant: PartnerParticipant) => Promise<T>,
): Promise<T> {
  const unitId = requireUnit(ctx);
  let found = false;
  try {
    return await inTenant(ctx, async (tx) => {
      const { rows } = await tx.query<Row>(`${minimalSelect} and p.id = $2`, [unitId, participantId]);
      if (!rows[0]) throw notFound('Participant');
      found = true;
      return fn(tx, present(rows[0]));
    });
  } catch (error) {
    if (!found) await inTenant(ctx, (tx) => audit(tx, ctx, { action, outcome: 'denied', participantId }));
    throw error;
  }
}

export function getPartnerRecord(ctx: Ctx, participantId: string): Promise<PartnerRecord> {
  return forConsented(ctx, participantId, 'partner.participant_read', async (tx, participant) => {
    const milestones = (await listMilestonesOf(tx, participantId)).filter((m) => isStudyMilestone(m.kind));
    await audit(tx, ctx, { action: 'partner.participant_read', participantId });
    return { participant, milestones };
  });
}

/** The school records study progress (SFI started or passed, other studies), always as its own source. */
export function createPartnerMilestone(
  ctx: Ctx,
  participantId: string,
  input: z.output<typeof MilestoneInput>,
): Promise<Milestone> {
  if (!isStudyMilestone(input.kind)) {
    throw new AppError('validation', 'The school records study progress only.', {
      errors: [{ path: ['kind'], message: 'Not a study milestone.', code: 'custom' }],
    });
  }
  return forConsented(ctx, participantId, 'milestone.create', async (tx) => {
    const id = await insertMilestone(tx, ctx, participantId, { ...input, source: 'adult_education' });
    const milestone = (await listMilestonesOf(tx, participantId)).find((m) => m.id === id);
    if (!milestone) throw notFound('Milestone');
    return milestone;
  });
}
