import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { figureKeys, unitOnlyFigures, type DashboardFilters } from '#shared/dashboards.ts';
import { getFigure } from '#server/dashboards/service.ts';
import { migrate } from '#server/db/migrate.ts';
import { openPglite, pgliteDb } from '#server/db/pglite.ts';
import { postgresDb } from '#server/db/postgres.ts';
import type { Db } from '#server/db/types.ts';
import { createStaff, staffCtx } from '#tests/factories.ts';
import { benchFunderReport } from './funder.ts';
import { generateDashboardData } from './generate-dashboards.ts';

type Timing = { size: number; name: string; p50: number; p95: number };

/** Its own database (never the tests' template): PostgreSQL when DATABASE_URL is set, PGlite otherwise. */
async function openDb(mode: string, size: number): Promise<{ db: Db; drop: () => Promise<void> }> {
  if (mode === 'pglite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rodtrad-bench-dashboards-'));
    const db = pgliteDb(await openPglite(path.join(dir, 'pglite')));
    await migrate(db);
    return { db, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('Set DATABASE_URL to benchmark the dashboards on PostgreSQL');
  const name = `bench_dashboards_${size}`;
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(sql);
    await c.end();
  };
  await admin(`drop database if exists ${name} with (force)`);
  await admin(`create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const db = postgresDb(target.toString(), 4);
  await migrate(db);
  return { db, drop: () => admin(`drop database if exists ${name} with (force)`) };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function time(runs: number, fn: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  await fn(); // warm: plans, caches
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

const monthOf = (d: Date) => d.toISOString().slice(0, 7);

/**
 * Times every dashboard figure as the analyst sees it (the whole programme, ten units, small counts hidden)
 * and as a unit manager sees hers, over the last twelve months, plus the funder-style monthly aggregate
 * (attested hours per participant in last month, programme-wide) and the funder's report (bench/funder.ts);
 * median and p95 of `runs` after a warm-up.
 */
async function benchSize(mode: string, size: number, runs: number): Promise<Timing[]> {
  const { db, drop } = await openDb(mode, size);
  const t0 = performance.now();
  const data = await generateDashboardData(db, size);
  const { rows: counted } = await db.query<{ n: string }>('select count(*) as n from attendance');
  console.log(
    `[${mode}] ${size} participants, ${counted[0]!.n} attendance rows, generated in ${Math.round(performance.now() - t0)} ms ${JSON.stringify(data.timings)}`,
  );
  const ctxOf = async (role: 'analyst' | 'unit_manager') =>
    staffCtx(
      db,
      await createStaff(db, {
        organisationId: data.organisationId,
        role,
        unitId: role === 'unit_manager' ? data.unitIds[0]! : undefined,
      }),
    );
  const analyst = await ctxOf('analyst');
  const manager = await ctxOf('unit_manager');
  const now = new Date();
  const filters: DashboardFilters = {
    from: monthOf(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1))),
    to: monthOf(now),
    units: [],
  };
  const out: Timing[] = [];
  for (const key of figureKeys) {
    // The language-friend figures are a unit's own (organisation-wide callers are refused them).
    if (!unitOnlyFigures.includes(key)) {
      out.push({
        size,
        name: `${key} (programme, analyst)`,
        ...(await time(runs, () => getFigure(analyst, key, filters))),
      });
    }
    out.push({
      size,
      name: `${key} (one unit, manager)`,
      ...(await time(runs, () => getFigure(manager, key, filters))),
    });
  }
  const lastMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1))
    .toISOString()
    .slice(0, 10);
  const funder = await time(runs, () =>
    db.query(
      `select at.participant_id, count(*) filter (where at.status = 'present') as present,
              sum(extract(epoch from s.ends_at - s.starts_at) / 3600) filter (where at.status = 'present') as hours
         from attendance at
         join activity_sessions s on s.id = at.session_id and s.cancelled_at is null
        where at.unit_id = any($1::uuid[])
          and s.starts_at >= ($2::date::timestamp at time zone 'Europe/Stockholm')
          and s.starts_at < (($2::date + interval '1 month')::timestamp at time zone 'Europe/Stockholm')
        group by at.participant_id`,
      [data.unitIds, lastMonth],
    ),
  );
  out.push({ size, name: 'monthly hours per participant (funder-style, programme)', ...funder });
  for (const t of await benchFunderReport(db, data, runs, time)) out.push({ size, ...t });
  await db.close();
  await drop();
  return out;
}

export async function benchDashboards(input: { mode: string; sizes: number[]; runs: number }): Promise<void> {
  const timings: Timing[] = [];
  for (const size of input.sizes) timings.push(...(await benchSize(input.mode, size, input.runs)));
  const [small, large] = [input.sizes[0]!, input.sizes[input.sizes.length - 1]!];
  const names = [...new Set(timings.map((t) => t.name))];
  console.table(
    names.map((name) => {
      const row: Record<string, string> = { query: name };
      for (const size of input.sizes) {
        const t = timings.find((x) => x.name === name && x.size === size)!;
        row[`${size} p50 ms`] = t.p50.toFixed(1);
        row[`${size} p95 ms`] = t.p95.toFixed(1);
      }
      if (large !== small) {
        const a = timings.find((x) => x.name === name && x.size === small)!;
        const b = timings.find((x) => x.name === name && x.size === large)!;
        row[`p50 ×${large / small} people`] = `×${(b.p50 / a.p50).toFixed(1)}`;
      }
      return row;
    }),
  );
  const worst = timings.filter((t) => t.size === large).sort((a, b) => b.p95 - a.p95)[0]!;
  console.log(
    `[${input.mode}] slowest at ${large} participants: ${worst.name}, p95 ${worst.p95.toFixed(0)} ms (target < 1000 ms on PostgreSQL)`,
  );
}
