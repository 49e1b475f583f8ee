import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '#tests/db.ts';
import { createOrganisation, createParticipant, createUnit } from '#tests/factories.ts';
import { newId } from '../lib/ids.ts';
import { inTenant } from './tenant.ts';
import type { Db } from './types.ts';

describe('row-level security', () => {
  let db: Db;
  let orgId: string;
  let unitA: string;
  let unitB: string;

  beforeAll(async () => {
    db = await createTestDb();
    orgId = (await createOrganisation(db)).id;
    unitA = (await createUnit(db, orgId, 'Södertälje')).id;
    unitB = (await createUnit(db, orgId, 'Botkyrka')).id;
    await createParticipant(db, unitA, 'Amina', 'Ali');
    await createParticipant(db, unitB, 'Hodan', 'Yusuf');
  });
  afterAll(() => db.close());

  const asApp = <T>(settings: Record<string, string>, sql: string) =>
    db.transaction(async (tx) => {
      await tx.query("select set_config('role', 'rodtrad_app', true)");
      for (const [k, v] of Object.entries(settings))
        await tx.query('select set_config($1, $2, true)', [k, v]);
      return (await tx.query<T & Record<string, unknown>>(sql)).rows;
    });

  it('shows a raw query with no context nothing at all', async () => {
    expect(await asApp({}, 'select * from participants')).toEqual([]);
  });

  it('shows a raw query with one unit set only that unit', async () => {
    const rows = await asApp<{ first_name: string }>(
      { 'app.unit_id': unitA, 'app.organisation_id': orgId },
      'select first_name from participants',
    );
    expect(rows.map((r) => r.first_name)).toEqual(['Amina']);
  });

  it('refuses to write a row into another unit', async () => {
    await expect(
      asApp(
        { 'app.unit_id': unitA },
        `insert into participants (id, unit_id, first_name, last_name) values ('${newId()}', '${unitB}', 'X', 'Y')`,
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('runs inTenant as the restricted role with the actor set', async () => {
    const ctx = {
      db,
      requestId: 'r',
      ip: '127.0.0.1',
      actor: {
        userId: newId(),
        name: 'x',
        organisationId: orgId,
        membershipId: newId(),
        role: 'coach' as const,
        unitId: unitB,
      },
    };
    const rows = await inTenant(
      ctx,
      async (tx) => (await tx.query('select current_user as u, first_name from participants')).rows,
    );
    expect(rows).toEqual([{ u: 'rodtrad_app', first_name: 'Hodan' }]);
  });

  it.runIf(process.env.DATABASE_URL)(
    'on a restricted login, even RESET ROLE cannot escape row-level security',
    async () => {
      expect(db.restrictedLogin).toBe(true);
      const rows = await db.transaction(
        async (tx) => {
          await tx.query('reset role');
          return (await tx.query('select current_user as u, count(*)::int as n from participants')).rows;
        },
        undefined,
        true,
      );
      expect(rows).toEqual([{ u: 'rodtrad_test_web', n: 0 }]);
      await expect(
        db.transaction(async (tx) => tx.query('set role postgres'), undefined, true),
      ).rejects.toThrow(/permission denied/);
    },
  );

  it('refuses a context value that is not a uuid or a role, before anything reaches the database', async () => {
    const actor = {
      userId: newId(),
      name: 'x',
      organisationId: orgId,
      membershipId: newId(),
      role: 'coach' as const,
    };
    const ctx = {
      db,
      requestId: 'r',
      ip: '127.0.0.1',
      actor: { ...actor, unitId: "x', true); drop table units; --" },
    };
    await expect(inTenant(ctx, async () => 1)).rejects.toThrow(/refusing/);
    expect((await db.query('select count(*)::int as n from units')).rows[0]).toEqual({ n: 2 });
  });

  it('keeps organisations apart for units', async () => {
    const other = await createOrganisation(db, 'Annat förbund');
    await createUnit(db, other.id, 'Annan kommun');
    const rows = await asApp<{ name: string }>(
      { 'app.organisation_id': orgId },
      'select name from units order by name',
    );
    expect(rows.map((r) => r.name)).toEqual(['Botkyrka', 'Södertälje']);
  });
});
