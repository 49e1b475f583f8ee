import type { z } from 'zod';
import type { OutcomeSettings, UpdateOutcomeSettingsInput } from '#shared/milestones.ts';
import { inTenant } from '../db/tenant.ts';
import type { Queryable } from '../db/types.ts';
import { audit } from '../lib/audit.ts';
import type { Ctx } from '../lib/context.ts';
import { AppError } from '../lib/errors.ts';

export const defaultFollowUpMonths = [3, 6, 12];

/** The organisation's settings, or the defaults when it has chosen none. */
export async function findOutcomeSettings(tx: Queryable, organisationId: string): Promise<OutcomeSettings> {
  const { rows } = await tx.query<{
    follow_up_months: number[];
    other_milestone_labels: string[];
    version: number;
  }>(
    `select follow_up_months, other_milestone_labels, version from organisation_outcome_settings
      where organisation_id = $1`,
    [organisationId],
  );
  const row = rows[0];
  return {
    followUpMonths: row ? row.follow_up_months.map(Number) : defaultFollowUpMonths,
    otherMilestoneLabels: row?.other_milestone_labels ?? [],
    version: row?.version ?? 0,
  };
}

export function getOutcomeSettings(ctx: Ctx): Promise<OutcomeSettings> {
  return inTenant(ctx, (tx) => findOutcomeSettings(tx, ctx.actor.organisationId));
}

/** Changes the follow-up offsets (for exits from now on) and the labels of "other" milestones. */
export function updateOutcomeSettings(
  ctx: Ctx,
  input: z.output<typeof UpdateOutcomeSettingsInput>,
): Promise<OutcomeSettings> {
  return inTenant(ctx, async (tx) => {
    const org = ctx.actor.organisationId;
    await tx.query(
      'insert into organisation_outcome_settings (organisation_id) values ($1) on conflict do nothing',
      [org],
    );
    const { rows } = await tx.query(
      `update organisation_outcome_settings
          set follow_up_months = $3, other_milestone_labels = $4, version = version + 1,
              updated_at = now(), updated_by = $5
        where organisation_id = $1 and version = $2 returning 1`,
      [org, input.version, input.followUpMonths, input.otherMilestoneLabels, ctx.actor.userId],
    );
    if (!rows.length) {
      throw new AppError('version_conflict', 'Someone else changed the settings since you opened them.', {
        current: await findOutcomeSettings(tx, org),
      });
    }
    await audit(tx, ctx, { action: 'outcome_settings.update', details: { ...input } });
    return findOutcomeSettings(tx, org);
  });
}
