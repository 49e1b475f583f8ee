import type { z } from 'zod';
import type {
  HistoryKind,
  LinkInput,
  Merge,
  MergeInput,
  MergePreview,
  ParticipantLink,
  SamePerson,
} from '#shared/same-person.ts';
import { historyKinds } from '#shared/same-person.ts';
import { inTenant } from '../db/tenant.ts';
import type { Queryable } from '../db/types.ts';
import { audit } from '../lib/audit.ts';
import type { Ctx } from '../lib/context.ts';
import { AppError, notFound } from '../lib/errors.ts';
import { newId } from '../lib/ids.ts';
import { forParticipant } from '../lib/participant-access.ts';
import { findDuplicates } from '../participants/service.ts';
import { presentOther, type OtherRow } from './presenter.ts';

const otherColumns = 'id, first_name, last_name, birth_date, identity_number, version, merged_into';

async function otherRecord(tx: Queryable, ctx: Ctx, id: string, lock = false) {
  const { rows } = await tx.query<OtherRow & { version: number; merged_into: string | null }>(
    `select ${otherColumns} from participants where id = $1 and unit_id = $2${lock ? ' for update' : ''}`,
    [id, ctx.actor.unitId],
  );
  if (!rows[0]) throw notFound('Participant');
  return rows[0];
}

/**
 * The journal moves whole, but a count of entries would tell staff how many they may not read, so counts
 * leave it out; the interface says the whole journal moves.
 */
function counts(byKind: Partial<Record<HistoryKind, number>>): Partial<Record<HistoryKind, number>> {
  return Object.fromEntries(
    historyKinds.filter((k) => k !== 'journal_entries').map((k) => [k, byKind[k] ?? 0]),
  );
}

const mergeSelect = `
  select m.id, m.moved, m.merged_at, m.undone_at, mb.name as merged_by, ub.name as undone_by,
         s.id as s_id, s.first_name as s_first_name, s.last_name as s_last_name, s.birth_date as s_birth_date,
         s.identity_number as s_identity_number, s.merged_into as s_merged_into,
         t.id as t_id, t.first_name as t_first_name, t.last_name as t_last_name, t.birth_date as t_birth_date,
         t.identity_number as t_identity_number, t.merged_into as t_merged_into
    from participant_merges m
    join participants s on s.id = m.source_id
    join participants t on t.id = m.target_id
    left join users mb on mb.id = m.merged_by
    left join users ub on ub.id = m.undone_by`;

type MergeRow = {
  id: string;
  moved: Record<string, unknown[]>;
  merged_at: Date;
  undone_at: Date | null;
  merged_by: string | null;
  undone_by: string | null;
} & Record<`${'s' | 't'}_${keyof OtherRow}`, string | null>;

const side = (row: MergeRow, p: 's' | 't'): OtherRow => ({
  id: row[`${p}_id`]!,
  first_name: row[`${p}_first_name`]!,
  last_name: row[`${p}_last_name`]!,
  birth_date: row[`${p}_birth_date`],
  identity_number: row[`${p}_identity_number`],
  merged_into: row[`${p}_merged_into`],
});

const presentMerge = (row: MergeRow): Merge => ({
  id: row.id,
  source: presentOther(side(row, 's')),
  target: presentOther(side(row, 't')),
  moved: counts(Object.fromEntries(Object.entries(row.moved).map(([k, ids]) => [k, ids.length]))),
  mergedBy: row.merged_by,
  mergedAt: row.merged_at.toISOString(),
  undoneBy: row.undone_by,
  undoneAt: row.undone_at?.toISOString() ?? null,
});

async function selectMerges(tx: Queryable, where: string, params: unknown[]): Promise<Merge[]> {
  const { rows } = await tx.query<MergeRow>(
    `${mergeSelect} where ${where} order by m.merged_at desc`,
    params,
  );
  return rows.map(presentMerge);
}

export function getSamePerson(ctx: Ctx, id: string): Promise<SamePerson> {
  return forParticipant(ctx, id, 'participant.same_person', async (tx) => {
    const self = await otherRecord(tx, ctx, id);
    const { rows: links } = await tx.query<
      OtherRow & { note: string | null; linked_by: string | null; linked_at: Date }
    >(
      `select p.id, p.first_name, p.last_name, p.birth_date, p.identity_number, p.merged_into,
              l.note, u.name as linked_by, l.created_at as linked_at
         from participant_links l
         join participants p on p.id = case when l.participant_id = $1 then l.linked_id else l.participant_id end
         left join users u on u.id = l.created_by
        where l.participant_id = $1 or l.linked_id = $1
        order by l.created_at`,
      [id],
    );
    const [mergedInto] = await selectMerges(tx, 'm.source_id = $1 and m.undone_at is null', [id]);
    const mergedFrom = await selectMerges(tx, 'm.target_id = $1 and m.undone_at is null', [id]);
    const known = new Set(links.map((l) => l.id));
    const possibleDuplicates = self.merged_into
      ? []
      : (
          await findDuplicates(
            tx,
            ctx.actor.unitId!,
            {
              firstName: self.first_name,
              lastName: self.last_name,
              birthDate: self.birth_date,
              identityNumber: self.identity_number,
            },
            id,
          )
        ).filter((d) => !known.has(d.id));
    await audit(tx, ctx, { action: 'participant.same_person', participantId: id });
    return {
      links: links.map((l): ParticipantLink => ({
        record: presentOther(l),
        note: l.note,
        linkedBy: l.linked_by,
        linkedAt: l.linked_at.toISOString(),
      })),
      mergedInto: mergedInto ?? null,
      mergedFrom,
      possibleDuplicates,
    };
  });
}

/** Records two records as probably the same person, for when staff are not yet sure enough to merge. */
export function linkParticipants(
  ctx: Ctx,
  id: string,
  input: z.output<typeof LinkInput>,
): Promise<ParticipantLink> {
  return forParticipant(ctx, id, 'participant.link', async (tx) => {
    if (input.otherId === id) throw new AppError('validation', 'A record cannot be linked to itself.');
    const other = await otherRecord(tx, ctx, input.otherId);
    if (other.merged_into) throw new AppError('participant_merged', 'That record has been merged.');
    const { rows } = await tx.query<{ created_at: Date }>(
      `insert into participant_links (id, unit_id, participant_id, linked_id, note, created_by)
       values ($1, $2, $3, $4, $5, $6)
       on conflict do nothing returning created_at`,
      [newId(), ctx.actor.unitId, id, other.id, input.note ?? null, ctx.actor.userId],
    );
    if (!rows[0]) throw new AppError('conflict', 'These records are already linked.');
    for (const [participantId, subjectId] of [
      [id, other.id],
      [other.id, id],
    ] as const) {
      await audit(tx, ctx, {
        action: 'participant.link',
        participantId,
        subjectType: 'participant',
        subjectId,
      });
    }
    return {
      record: presentOther(other),
      note: input.note ?? null,
      linkedBy: ctx.actor.name,
      linkedAt: rows[0].created_at.toISOString(),
    };
  });
}

export function unlinkParticipants(ctx: Ctx, id: string, otherId: string): Promise<void> {
  return forParticipant(ctx, id, 'participant.unlink', async (tx) => {
    const { rowCount } = await tx.query(
      `delete from participant_links
        where (participant_id = $1 and linked_id = $2) or (participant_id = $2 and linked_id = $1)`,
      [id, otherId],
    );
    if (!rowCount) throw notFound('Link');
    for (const [participantId, subjectId] of [
      [id, otherId],
      [otherId, id],
    ] as const) {
      await audit(tx, ctx, {
        action: 'participant.unlink',
        participantId,
        subjectType: 'participant',
        subjectId,
      });
    }
  });
}

const countSql = (table: string) =>
  `select '${table}' as kind, count(*)::int as n from ${table} where participant_id = $1`;

/** Rows that stay with the merged record: the same rules as merge_participant() in migration 0008. */
const staysBehindSql = `
  select 'consents' as kind, count(*)::int as n from consents c
   where c.participant_id = $1 and c.withdrawn_on is null
     and exists (select 1 from consents o where o.participant_id = $2 and o.purpose = c.purpose and o.withdrawn_on is null)
  union all
  select 'team_members', count(*)::int from team_members t
   where t.participant_id = $1
     and (exists (select 1 from team_members o where o.participant_id = $2 and o.user_id = t.user_id)
          or (t.responsible and exists (select 1 from team_members o where o.participant_id = $2 and o.responsible)))
  union all
  select 'activity_participants', count(*)::int from activity_participants a
   where a.participant_id = $1
     and exists (select 1 from activity_participants o where o.participant_id = $2 and o.activity_id = a.activity_id)
  union all
  select 'attendance', count(*)::int from attendance a
   where a.participant_id = $1
     and exists (select 1 from attendance o where o.participant_id = $2 and o.session_id = a.session_id)`;

async function blockersOf(tx: Queryable, sourceId: string, targetId: string) {
  const { rows } = await tx.query<{ name: string }>(
    `select pr.name from enrolments a
       join enrolments b on b.programme_id = a.programme_id
       join programmes pr on pr.id = a.programme_id
      where a.participant_id = $1 and b.participant_id = $2 and a.exited_on is null and b.exited_on is null
      order by pr.name`,
    [sourceId, targetId],
  );
  const { rows: matches } = await tx.query<{ both: boolean }>(
    `select exists (select 1 from language_friend_matches where participant_id = $1 and status <> 'ended')
        and exists (select 1 from language_friend_matches where participant_id = $2 and status <> 'ended') as both`,
    [sourceId, targetId],
  );
  return [
    ...rows.map((r) => ({ kind: 'open_enrolment_in_both' as const, programme: r.name })),
    ...(matches[0]!.both ? [{ kind: 'open_language_friend_match_in_both' as const }] : []),
  ];
}

export function previewMerge(ctx: Ctx, id: string, into: string): Promise<MergePreview> {
  return forParticipant(ctx, id, 'participant.merge_preview', async (tx) => {
    if (into === id) throw new AppError('validation', 'A record cannot be merged into itself.');
    const source = await otherRecord(tx, ctx, id);
    const target = await otherRecord(tx, ctx, into);
    if (source.merged_into || target.merged_into) {
      throw new AppError('participant_merged', 'One of the records has already been merged.');
    }
    const { rows: all } = await tx.query<{ kind: HistoryKind; n: number }>(
      historyKinds.map(countSql).join(' union all '),
      [id],
    );
    const { rows: behind } = await tx.query<{ kind: HistoryKind; n: number }>(staysBehindSql, [id, into]);
    const stays = Object.fromEntries(behind.map((r) => [r.kind, r.n]));
    await audit(tx, ctx, {
      action: 'participant.merge_preview',
      participantId: id,
      subjectType: 'participant',
      subjectId: into,
    });
    return {
      source: { ...presentOther(source), version: source.version },
      target: { ...presentOther(target), version: target.version },
      moves: counts(Object.fromEntries(all.map((r) => [r.kind, r.n - (stays[r.kind] ?? 0)]))),
      staysBehind: counts(stays),
      blockers: await blockersOf(tx, id, into),
    };
  });
}

/**
 * Merges this record (the duplicate) into `into`, at the versions the caller previewed. The duplicate stays,
 * read-only, so the merge can be undone; both records' audit trails say who merged them.
 */
export function mergeParticipant(ctx: Ctx, id: string, input: z.output<typeof MergeInput>): Promise<Merge> {
  return forParticipant(ctx, id, 'participant.merge', async (tx) => {
    if (input.into === id) throw new AppError('validation', 'A record cannot be merged into itself.');
    // Lock in id order, so two merges of the same pair cannot deadlock.
    const [first, second] = [id, input.into].sort();
    const locked = [await otherRecord(tx, ctx, first!, true), await otherRecord(tx, ctx, second!, true)];
    const source = locked.find((r) => r.id === id)!;
    const target = locked.find((r) => r.id === input.into)!;
    if (source.merged_into || target.merged_into) {
      throw new AppError('participant_merged', 'One of the records has already been merged.');
    }
    if (source.version !== input.version || target.version !== input.intoVersion) {
      throw new AppError('version_conflict', 'One of the records changed since you looked. Check again.');
    }
    const blockers = await blockersOf(tx, id, input.into);
    if (blockers.length) {
      throw new AppError(
        'merge_blocked',
        'Both records have an open enrolment in the same programme, or a language friend each: end one first.',
        { blockers },
      );
    }
    const mergeId = newId();
    await tx.query('select merge_participant($1, $2, $3)', [mergeId, id, input.into]);
    for (const [participantId, subjectId] of [
      [id, input.into],
      [input.into, id],
    ] as const) {
      await audit(tx, ctx, {
        action: 'participant.merge',
        participantId,
        subjectType: 'participant',
        subjectId,
        details: { mergeId, merged: id, into: input.into },
      });
    }
    return (await selectMerges(tx, 'm.id = $1', [mergeId]))[0]!;
  });
}

/** Moves back exactly what the merge moved and makes the duplicate an ordinary record again. */
export async function undoMerge(ctx: Ctx, mergeId: string): Promise<Merge> {
  if (!ctx.actor.unitId) throw new AppError('forbidden', 'Choose a unit first.');
  return inTenant(ctx, async (tx) => {
    const [merge] = await selectMerges(tx, 'm.id = $1', [mergeId]);
    if (!merge) throw notFound('Merge');
    if (merge.undoneAt) throw new AppError('conflict', 'This merge has already been undone.');
    try {
      await tx.query('select undo_participant_merge($1)', [mergeId]);
    } catch (error) {
      const { code, hint } = error as { code?: string; hint?: string };
      if (hint === 'target_merged')
        throw new AppError(
          'merge_blocked',
          'The record that stayed has since been merged: undo that first.',
          {
            reason: 'kept_record_merged',
          },
        );
      if (code === '23505')
        throw new AppError(
          'merge_blocked',
          'The record that stayed now has the identity number of the merged one: change it first.',
          { reason: 'identity_number_taken' },
        );
      throw error;
    }
    for (const [participantId, subjectId] of [
      [merge.source.id, merge.target.id],
      [merge.target.id, merge.source.id],
    ] as const) {
      await audit(tx, ctx, {
        action: 'participant.merge_undo',
        participantId,
        subjectType: 'participant',
        subjectId,
        details: { mergeId },
      });
    }
    return (await selectMerges(tx, 'm.id = $1', [mergeId]))[0]!;
  });
}
