import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '#tests/db.ts';
import { createOrganisation } from '#tests/factories.ts';
import type { Db } from '../db/types.ts';
import { audit, verifyAuditChain } from '../lib/audit.ts';

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

  it('chains every entry to the one before', async () => {
    expect(await verifyAuditChain(db)).toEqual({ rows: 5, breaks: [] });
    const { rows } = await db.query<{ seq: string; prev_hash: string; hash: string }>(
      'select seq::text, prev_hash, hash from audit_log order by seq',
    );
    expect(rows.map((r) => r.seq)).toEqual(['1', '2', '3', '4', '5']);
    expect(rows[1]!.prev_hash).toBe(rows[0]!.hash);
  });

  it('refuses updates and deletes, even from the owner', async () => {
    await expect(db.query("update audit_log set action = 'x' where seq = 1")).rejects.toThrow(/append-only/);
    await expect(db.query('delete from audit_log where seq = 1')).rejects.toThrow(/append-only/);
  });

  it('detects an edited row', async () => {
    await tamper(`update audit_log set details = '{"i": 99}' where seq = 2`);
    expect((await verifyAuditChain(db)).breaks).toEqual([{ seq: '2', problem: 'edited' }]);
    await tamper(`update audit_log set details = '{"i": 1}' where seq = 2`);
    expect((await verifyAuditChain(db)).breaks).toEqual([]);
  });

  it('detects a deleted row, in the middle and at the end', async () => {
    await tamper('delete from audit_log where seq = 3');
    expect((await verifyAuditChain(db)).breaks).toEqual([{ seq: '4', problem: 'deleted_before' }]);
    await tamper('delete from audit_log where seq = 5');
    expect((await verifyAuditChain(db)).breaks).toContainEqual({ seq: '5', problem: 'head_mismatch' });
  });
});
