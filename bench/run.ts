import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { Pool } from 'undici';
import { createApp } from '#server/app.ts';
import { hashPassword, verifyPassword } from '#server/auth/passwords.ts';
import { loadConfig } from '#server/config.ts';
import { migrate } from '#server/db/migrate.ts';
import { openPglite, pgliteDb } from '#server/db/pglite.ts';
import { postgresDb } from '#server/db/postgres.ts';
import type { Db } from '#server/db/types.ts';
import { createStaff } from '#tests/factories.ts';
import { generate } from './generate.ts';
import { load, type LoadResult } from './load.ts';

const { values } = parseArgs({
  options: {
    participants: { type: 'string', default: '10000' },
    seconds: { type: 'string', default: '5' },
    connections: { type: 'string', default: '50' },
    db: { type: 'string', default: process.env.DATABASE_URL ? 'both' : 'pglite' },
  },
});
const participants = Number(values.participants);
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const modes = values.db === 'both' ? ['pglite', 'postgres'] : [values.db!];

const ms = (n: number) => n.toFixed(1);
const rows: Record<string, string | number>[] = [];
const report = (db: string, name: string, c: number, r: LoadResult, raw?: LoadResult) =>
  rows.push({
    db,
    benchmark: name,
    conns: c,
    'req/s': Math.round(r.rps),
    'p50 ms': ms(r.p50),
    'p95 ms': ms(r.p95),
    'p99 ms': ms(r.p99),
    errors: r.errors,
    'raw req/s': raw ? Math.round(raw.rps) : '',
    'ratio to raw': raw ? (r.rps / raw.rps).toFixed(2) : '',
  });

async function openBenchDb(mode: string): Promise<{ db: Db; drop: () => Promise<void> }> {
  if (mode === 'pglite') {
    const db = pgliteDb(await openPglite(undefined));
    await migrate(db);
    return { db, drop: async () => undefined };
  }
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('Set DATABASE_URL to benchmark on PostgreSQL');
  const name = `rodtrad_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const db = postgresDb(target.toString(), connections);
  await migrate(db);
  return {
    db,
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

async function benchDatabase(mode: string) {
  const { db, drop } = await openBenchDb(mode);
  let t = performance.now();
  const gen = await generate(db, participants);
  console.log(
    `[${mode}] generated ${participants} participants with related rows in ${Math.round(performance.now() - t)} ms ${JSON.stringify(gen.timings)}`,
  );
  const unitId = gen.unitIds[0]!;
  const coach = await createStaff(db, { organisationId: gen.organisationId, role: 'coach', unitId });
  const password = 'bench password 123';
  await createStaff(db, {
    organisationId: gen.organisationId,
    role: 'coach',
    unitId,
    email: 'signin@bench.test',
    passwordHash: await hashPassword(password),
  });

  const app = await createApp({
    db,
    config: loadConfig({
      LOG_LEVEL: 'silent',
      PUBLIC_URL: 'http://localhost:3000',
      AUTH_RATE_LIMIT: '1000000',
    }),
  });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const pool = new Pool(address, { connections });
  const perUnit = Math.floor(participants / 10);
  const offset = () => Math.floor(Math.random() * Math.max(1, perUnit - 50));

  const list = await load(
    async () => {
      const res = await pool.request({
        method: 'GET',
        path: `/api/participants?limit=50&offset=${offset()}`,
        headers: { cookie: coach.cookie },
      });
      await res.body.arrayBuffer();
      if (res.statusCode !== 200) throw new Error(String(res.statusCode));
    },
    connections,
    seconds,
  );
  // The limit: the same page query the endpoint runs, straight through the driver.
  const raw = await load(
    async () => {
      await db.query(
        'select *, count(*) over ()::int as total from participants where unit_id = $1 order by last_name, first_name, id limit 50 offset $2',
        [unitId, offset()],
      );
    },
    connections,
    seconds,
  );
  report(mode, 'GET /api/participants (50 of a unit)', connections, list, raw);

  const signInConns = Math.min(4, connections);
  const signIn = await load(
    async () => {
      const res = await pool.request({
        method: 'POST',
        path: '/api/auth/login',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'signin@bench.test', password }),
      });
      await res.body.arrayBuffer();
      if (res.statusCode !== 200) throw new Error(String(res.statusCode));
    },
    signInConns,
    seconds,
  );
  const stored = await hashPassword(password);
  const argon = await load(async () => void (await verifyPassword(stored, password)), signInConns, seconds);
  report(mode, 'POST /api/auth/login (argon2id)', signInConns, signIn, argon);

  await pool.close();
  await app.close();
  await db.close();
  await drop();
  t = performance.now();
}

/** Time from `npm start`'s process start to a ready answer, on an existing embedded data folder. */
async function startupTime(): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rodtrad-bench-start-'));
  const startOnce = () =>
    new Promise<number>((resolve, reject) => {
      const t = performance.now();
      const child = spawn('node', ['dist/server/main.js'], {
        env: { ...process.env, DATABASE_URL: '', DATA_DIR: dir, PORT: '0', LOG_LEVEL: 'silent' },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('is running at')) {
          const elapsed = performance.now() - t;
          child.kill('SIGTERM');
          child.once('exit', () => resolve(elapsed));
        }
      });
      child.once('error', reject);
    });
  await startOnce(); // creates and migrates the folder
  const times = [await startOnce(), await startOnce(), await startOnce()].sort((a, b) => a - b);
  fs.rmSync(dir, { recursive: true, force: true });
  return times[1]!;
}

console.log(
  `Rödtråd benchmarks: ${participants} participants, ${seconds} s per run, ${connections} connections, ${os.cpus().length} cores`,
);
for (const mode of modes) await benchDatabase(mode);
const startup = await startupTime();
console.table(rows);
console.log(
  `Server ready after start on an existing data folder (median of 3): ${Math.round(startup)} ms (target < 2000 ms)`,
);
const pgList = rows.find((r) => r.db === 'postgres' && String(r.benchmark).startsWith('GET'));
if (pgList)
  console.log(
    `List endpoint p95 on PostgreSQL at ${connections} connections: ${pgList['p95 ms']} ms (target < 30 ms)`,
  );
process.exit(0);
