import { stringify } from 'csv-stringify/sync';
import type { z } from 'zod';
import type { AuditEntry, AuditPage, AuditQuery } from '#shared/audit.ts';
import type { Queryable } from '../db/types.ts';
import { inTenant } from '../db/tenant.ts';
import { audit } from '../lib/audit.ts';
import type { Ctx } from '../lib/context.ts';
import { defuseCell } from '../lib/spreadsheet.ts';

type Query = z.output<typeof AuditQuery>;

type AuditRow = Omit<AuditEntry, 'seq' | 'at'> & { seq: string; at: Date };

async function selectPage(tx: Queryable, query: Query): Promise<AuditPage> {
  const { rows } = await tx.query<AuditRow>(
    `select a.id::text as seq, a.at, a.action, a.outcome, a.actor_user_id as "actorUserId", u.name as "actorName",
            a.unit_id as "unitId", n.name as "unitName", a.participant_id as "participantId",
            a.subject_type as "subjectType", a.subject_id as "subjectId", a.request_id as "requestId", a.ip, a.details
       from audit_log a
       left join users u on u.id = a.actor_user_id
       left join units n on n.id = a.unit_id
      where ($1::uuid is null or a.actor_user_id = $1)
        and ($2::uuid is null or a.participant_id = $2)
        and ($3::text is null or a.action like $3 || '%')
        and ($4::date is null or a.at >= $4::date)
        and ($5::date is null or a.at < $5::date + 1)
        and ($6::bigint is null or a.id < $6)
      order by a.id desc
      limit $7`,
    [
      query.userId ?? null,
      query.participantId ?? null,
      query.action ?? null,
      query.from ?? null,
      query.to ?? null,
      query.before ?? null,
      query.limit + 1,
    ],
  );
  const items = rows.slice(0, query.limit).map((r) => ({ ...r, seq: Number(r.seq), at: r.at.toISOString() }));
  return { items, nextBefore: rows.length > query.limit ? items.at(-1)!.seq : null };
}

// Reading the log is itself a read of personal data.
const auditRead = (tx: Queryable, ctx: Ctx, query: Query, exported: number | null) =>
  audit(tx, ctx, {
    action: 'audit.read',
    participantId: query.participantId ?? null,
    details: { filters: { ...query, limit: undefined, before: undefined }, exported },
  });

/** Lists the audit log, newest first; row-level security limits a unit manager to her unit. */
export function listAudit(ctx: Ctx, query: Query): Promise<AuditPage> {
  return inTenant(ctx, async (tx) => {
    const page = await selectPage(tx, query);
    await auditRead(tx, ctx, query, null);
    return page;
  });
}

export const exportCap = 100_000;

/** The whole selection (up to exportCap entries), read page by page in one transaction. */
export function exportAudit(ctx: Ctx, query: Query): Promise<{ items: AuditEntry[]; truncated: boolean }> {
  return inTenant(ctx, async (tx) => {
    const items: AuditEntry[] = [];
    let before = query.before ?? null;
    do {
      const page = await selectPage(tx, { ...query, before: before ?? undefined, limit: 5000 });
      items.push(...page.items);
      before = page.nextBefore;
    } while (before !== null && items.length < exportCap);
    await auditRead(tx, ctx, query, Math.min(items.length, exportCap));
    return { items: items.slice(0, exportCap), truncated: before !== null };
  });
}

const csvColumns = [
  'seq',
  'at',
  'action',
  'outcome',
  'actorName',
  'actorUserId',
  'unitName',
  'participantId',
  'subjectType',
  'subjectId',
  'requestId',
  'ip',
] as const;

/** CSV with formula-looking cells defused, so a spreadsheet never runs what someone typed. */
export function auditCsv(items: AuditEntry[]): string {
  return stringify(
    items.map((i) => [...csvColumns.map((c) => defuseCell(i[c])), defuseCell(JSON.stringify(i.details))]),
    { header: true, columns: [...csvColumns, 'details'], bom: true },
  );
}
