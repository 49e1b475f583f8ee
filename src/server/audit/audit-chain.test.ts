import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '#tests/db.ts';
import { createOrganisation } from '#tests/factories.ts';
import type { Db } from '../db/types.ts';
import { audit, sealAudit, verifyAuditChain } from '../lib/audit.ts';

describe('audit log', () => {
  let db: Db;
  let organisationId: string;
  const ctx = () => ({ db, requestId: 'req-1', ip: '10.0.0.1' });

  beforeAll(async () => {
    db = await createTestDb();
    organisationId = (await createOrganisation(db)).id;
    for (let i = 0; i < 5; i++)
      await audit(db, ctx(), { action: `test.${i}`, organisationId, details: { i } });
  });
  afterAll(() => db.close());

  // A DBA with full rights could still tamper; the chain makes it show.
  const tamper = async (sql: string) => {
    await db.exec('alter table audit_log disable trigger audit_log_append_only');
    await db.exec(sql);
    await db.exec('alter table audit_log enable trigger audit_log_append_only');
  };

  it('seals entries into a chain, each linked to the one before', async () => {
    expect(await sealAudit(db)).toBe(5);
    expect(await sealAudit(db)).toBe(0);
    const { rows } = await db.query<{ id: string; chain_seq: string; prev_hash: string; hash: string }>(
      'select id::text, chain_seq::text, prev_hash, hash from audit_log order by chain_seq',
    );
    expect(rows.map((r) => r.chain_seq)).toEqual(['1', '2', '3', '4', '5']);
    expect(rows[0]!.prev_hash).toBe('0'.repeat(64));
    expect(rows[1]!.prev_hash).toBe(rows[0]!.hash);
    expect(await verifyAuditChain(db)).toEqual({ rows: 5, head: rows[4]!.hash, breaks: [] });
  });

  it('refuses updates, deletes and resealing, even from the owner', async () => {
    await expect(db.query("update audit_log set action = 'x' where id = 1")).rejects.toThrow(/append-only/);
    await expect(db.query('delete from audit_log where id = 1')).rejects.toThrow(/append-only/);
    await expect(db.query('update audit_log set chain_seq = 99 where id = 1')).rejects.toThrow(/append-only/);
    await expect(db.query('truncate audit_log')).rejects.toThrow(/append-only/);
  });

  it('lets sealing change nothing but the chain columns', async () => {
    await audit(db, ctx(), { action: 'test.late', organisationId });
    await expect(
      db.query(
        "update audit_log set chain_seq = 6, prev_hash = 'x', hash = 'y', action = 'other' where chain_seq is null",
      ),
    ).rejects.toThrow(/append-only/);
    expect(await sealAudit(db)).toBe(1);
  });

  it('detects an edited entry', async () => {
    await tamper(`update audit_log set details = '{"i": 99}' where id = 2`);
    expect((await verifyAuditChain(db)).breaks).toEqual([{ entry: '2', problem: 'edited' }]);
    await tamper(`update audit_log set details = '{"i": 1}' where id = 2`);
    expect((await verifyAuditChain(db)).breaks).toEqual([]);
  });

  it('detects a deleted entry, in the middle and at the end', async () => {
    await tamper('delete from audit_log where id = 3');
    expect((await verifyAuditChain(db)).breaks).toEqual([{ entry: '4', problem: 'deleted_before' }]);
    await tamper('delete from audit_log where id = 6');
    expect((await verifyAuditChain(db)).breaks).toContainEqual({ entry: '5', problem: 'head_mismatch' });
  });
});
