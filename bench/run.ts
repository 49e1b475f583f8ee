import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { Pool } from 'undici';
import { hashPassword, verifyPassword } from '#server/auth/passwords.ts';
import { loadSession } from '#server/auth/sessions.ts';
import { migrate } from '#server/db/migrate.ts';
import { openPglite, pgliteDb } from '#server/db/pglite.ts';
import { postgresDb } from '#server/db/postgres.ts';
import type { Db } from '#server/db/types.ts';
import { newId } from '#server/lib/ids.ts';
import { listParticipants } from '#server/participants/service.ts';
import { createStaff } from '#tests/factories.ts';
import { generateActivities } from './generate-activities.ts';
import { generate } from './generate.ts';
import { load, type LoadResult } from './load.ts';
import { benchDashboards } from './dashboards.ts';
import { benchMatching } from './matching.ts';
import { benchLighthouse } from './lighthouse.ts';
import { benchParticipantBundle } from './participant-bundle.ts';
import { startServer } from './server.ts';

const { values } = parseArgs({
  options: {
    participants: { type: 'string', default: '10000' },
    seconds: { type: 'string', default: '5' },
    connections: { type: 'string', default: '50' },
    pool: { type: 'string', default: '10' },
    db: { type: 'string', default: process.env.DATABASE_URL ? 'both' : 'pglite' },
    // `--only matching`: the language-friends matching engine alone (no database, no server).
    // `--only bundle`: the participant app's JavaScript on first load (reads the build in dist/web).
    only: { type: 'string' },
  },
});
const matchingBench = { volunteers: 2000, participants: 2000, runs: 5, seed: 1 };
if (values.only === 'matching') {
  benchMatching(matchingBench);
  process.exit(0);
}
if (values.only === 'bundle') process.exit(benchParticipantBundle() ? 0 : 1);
// `--only lighthouse`: Lighthouse (mobile) on the participant app's plan and schedule pages, in Debian's Chromium.
if (values.only === 'lighthouse') process.exit((await benchLighthouse()) ? 0 : 1);
// `--only dashboards`: every dashboard figure and a funder-style monthly aggregate, at 10,000 and 100,000
// participants on PostgreSQL (10,000 on PGlite), or at `--participants` alone when it is given.
if (values.only === 'dashboards') {
  const mode = values.db === 'both' ? 'postgres' : values.db!;
  const given = process.argv.some((a) => a.startsWith('--participants'));
  const sizes = given ? [Number(values.participants)] : mode === 'postgres' ? [10_000, 100_000] : [10_000];
  await benchDashboards({ mode, sizes, runs: 10 });
  process.exit(0);
}
const participants = Number(values.participants);
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const modes = values.db === 'both' ? ['pglite', 'postgres'] : [values.db!];
const pool = Number(values.pool);

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

type BenchDb = { db: Db; env: Record<string, string>; drop: () => Promise<void> };

async function openBenchDb(mode: string): Promise<BenchDb> {
  if (mode === 'pglite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rodtrad-bench-'));
    const db = pgliteDb(await openPglite(path.join(dir, 'pglite')));
    await migrate(db);
    return {
      db,
      env: { DATA_DIR: dir, DATABASE_URL: '' },
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('Set DATABASE_URL to benchmark on PostgreSQL');
  const name = `rodtrad_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const db = postgresDb(target.toString(), pool);
  await migrate(db);
  return {
    db,
    env: { DATABASE_URL: target.toString(), DATABASE_POOL_SIZE: String(pool) },
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

async function benchDatabase(mode: string) {
  const { db, env, drop } = await openBenchDb(mode);
  const t = performance.now();
  const gen = await generate(db, participants);
  console.log(
    `[${mode}] generated ${participants} participants with related rows in ${Math.round(performance.now() - t)} ms ${JSON.stringify(gen.timings)}`,
  );
  const unitId = gen.unitIds[0]!;
  const coach = await createStaff(db, { organisationId: gen.organisationId, role: 'coach', unitId });
  const manager = await createStaff(db, { organisationId: gen.organisationId, role: 'unit_manager', unitId });
  const teacher = await createStaff(db, { organisationId: gen.organisationId, role: 'teacher', unitId });
  const activities = await generateActivities(db, unitId, teacher.userId);
  const password = 'bench password 123';
  await createStaff(db, {
    organisationId: gen.organisationId,
    role: 'coach',
    unitId,
    email: 'signin@bench.test',
    passwordHash: await hashPassword(password),
  });
  const perUnit = Math.floor(participants / 10);
  // Pages start after a neighbour's id (keyset): the ids that begin each page of 50, asked for at random.
  const { rows: ordered } = await db.query<{ id: string }>(
    `select id from participants where unit_id = $1 and merged_into is null order by last_name, first_name, id`,
    [unitId],
  );
  const anchors = ordered.filter((_, i) => i % 50 === 49 && i < ordered.length - 50).map((r) => r.id);
  const anchor = () => anchors[Math.floor(Math.random() * anchors.length)]!;

  // The limits. For the list: what the endpoint asks of the database, straight through the driver without HTTP
  // (the session lookup, then the page with its counts and its audit entry in one tenant transaction).
  const actor = { ...coach, organisationId: gen.organisationId, unitId };
  const token = coach.cookie.split('=')[1]!;
  const raw = await load(
    async () => {
      await loadSession(db, token);
      const ctx = { db, actor, requestId: newId(), ip: '127.0.0.1' };
      await listParticipants(ctx, { limit: 50, after: anchor() });
    },
    connections,
    seconds,
  );
  const signInConns = Math.min(4, connections);
  const stored = await hashPassword(password);
  const argon = await load(async () => void (await verifyPassword(stored, password)), signInConns, seconds);
  await db.close();

  const server = await startServer(env);
  const http = new Pool(server.origin, { connections });
  const list = await load(
    async () => {
      const res = await http.request({
        method: 'GET',
        path: `/api/participants?limit=50&after=${anchor()}`,
        headers: { cookie: coach.cookie },
      });
      await res.body.arrayBuffer();
      if (res.statusCode !== 200) throw new Error(String(res.statusCode));
    },
    connections,
    seconds,
  );
  report(mode, 'GET /api/participants (50 of a unit)', connections, list, raw);
  // Case-file views, one caller at a time: latency as a person feels it.
  const get = (path: () => string, cookie: string) => async () => {
    const res = await http.request({ method: 'GET', path: path(), headers: { cookie } });
    await res.body.arrayBuffer();
    if (res.statusCode !== 200) throw new Error(String(res.statusCode));
  };
  const names = ['Mohamed', 'Fatma', 'Youssef Karimi', 'Hasan', 'Zeinab Nur'];
  let n = 0;
  const search = await load(
    get(() => `/api/participants?q=${encodeURIComponent(names[n++ % names.length]!)}`, coach.cookie),
    1,
    seconds,
  );
  report(mode, `GET /api/participants?q=… (search, ${perUnit} in the unit)`, 1, search);
  const threads = await load(
    get(() => '/api/loose-threads?scope=unit', manager.cookie),
    1,
    seconds,
  );
  report(mode, `GET /api/loose-threads?scope=unit (${perUnit} in the unit)`, 1, threads);
  // A teacher's attendance screen: a class of 30 marked one tap after another, each tap saved at once.
  const statuses = ['present', 'absent', 'excused'];
  let tap = 0;
  const attendance = await load(
    async () => {
      const i = tap++;
      const res = await http.request({
        method: 'PUT',
        path: `/api/activity-sessions/${activities.sessionId}/attendance/${activities.participantIds[i % 30]}`,
        headers: {
          cookie: teacher.cookie,
          'x-csrf-token': teacher.csrfToken,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ status: statuses[i % 3] }),
      });
      await res.body.arrayBuffer();
      if (res.statusCode !== 200) throw new Error(String(res.statusCode));
    },
    1,
    seconds,
  );
  report(mode, 'PUT attendance, one tap (a class of 30)', 1, attendance);
  const feed = await load(
    get(() => `/api/calendar/${activities.feedToken}.ics`, ''),
    1,
    seconds,
  );
  report(mode, 'GET calendar feed (1,000 sessions in a month)', 1, feed);
  const signIn = await load(
    async () => {
      const res = await http.request({
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
  report(mode, 'POST /api/auth/login (argon2id)', signInConns, signIn, argon);
  await http.close();
  await server.stop();
  await drop();
}

/** Time from `npm start`'s process start to a ready answer, on an existing embedded data folder. */
async function startupTime(): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rodtrad-bench-start-'));
  const startOnce = () =>
    new Promise<number>((resolve, reject) => {
      const t = performance.now();
      // BENCH_PROFILE=<folder> writes a CPU profile of the server process there.
      const profile = process.env.BENCH_PROFILE
        ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`]
        : [];
      const child = spawn('node', [...profile, 'dist/server/main.js'], {
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
for (const r of rows.filter((row) => String(row.benchmark).startsWith('PUT attendance')))
  console.log(
    `[${r.db}] a class of 30 marked tap by tap: about ${Math.round(Number(r['p50 ms']) * 30)} ms of waiting in all`,
  );
const pgList = rows.find((r) => r.db === 'postgres' && String(r.benchmark).startsWith('GET'));
if (pgList)
  console.log(
    `List endpoint p95 on PostgreSQL at ${connections} connections: ${pgList['p95 ms']} ms (target < 30 ms)`,
  );
benchMatching(matchingBench);
benchParticipantBundle();
await benchLighthouse();
await benchDashboards({ mode: modes.includes('postgres') ? 'postgres' : 'pglite', sizes: [5000], runs: 5 });
process.exit(0);
