import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { migrate } from '#server/db/migrate.ts';
import { openPglite, pgliteDb } from '#server/db/pglite.ts';
import { loadDemo } from '#server/ops/demo.ts';
import { createParticipantSession, participantCookie } from '#server/participant-access/sessions.ts';
import { startServer } from './server.ts';

/**
 * Lighthouse (its default mobile profile: a mid-range phone on a slow 4G line, simulated) on the participant
 * app's plan and schedule pages (issue 7: performance 95 or more), signed in as a demo participant whose record
 * has a plan and a schedule. Each page is measured `runs` times and the median reported.
 */
export const lighthouseTarget = 95;
const pages = ['/app/plan', '/app/schedule'];

export async function benchLighthouse(runs = 3): Promise<boolean> {
  const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(chromePath)) {
    console.warn(`Lighthouse skipped: no Chromium at ${chromePath} (set CHROMIUM_PATH)`);
    return false;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rodtrad-lighthouse-'));
  const db = pgliteDb(await openPglite(path.join(dir, 'pglite')));
  await migrate(db);
  await loadDemo(db);
  // The demo participant with the most plan goals: the plan page as it looks in use, not empty.
  const { rows } = await db.query<{ id: string; unit_id: string }>(
    `select p.id, p.unit_id from participants p
       left join plan_goals g on g.participant_id = p.id
      group by p.id order by count(g.id) desc, p.id limit 1`,
  );
  const participant = rows[0]!;
  const session = await createParticipantSession(db, {
    participantId: participant.id,
    unitId: participant.unit_id,
    method: 'passkey',
    passkeyId: null,
    deviceLabel: 'Lighthouse',
    userAgent: 'Lighthouse',
  });
  await db.close();

  const server = await startServer({ DATA_DIR: dir, DATABASE_URL: '', JOBS: 'off' });
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  const table: Record<string, string | number>[] = [];
  let ok = true;
  try {
    for (const page of pages) {
      const scores: { score: number; fcp: number; lcp: number; tbt: number; cls: number }[] = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(`${server.origin}${page}`, {
          port: chrome.port,
          onlyCategories: ['performance'],
          extraHeaders: { Cookie: `${participantCookie}=${session.token}` },
          logLevel: 'error',
        });
        const lhr = result!.lhr;
        if (lhr.runtimeError) throw new Error(`Lighthouse on ${page}: ${lhr.runtimeError.message}`);
        const metric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
        scores.push({
          score: Math.round((lhr.categories.performance!.score ?? 0) * 100),
          fcp: metric('first-contentful-paint'),
          lcp: metric('largest-contentful-paint'),
          tbt: metric('total-blocking-time'),
          cls: metric('cumulative-layout-shift'),
        });
      }
      const median = scores.sort((a, b) => a.score - b.score)[Math.floor(runs / 2)]!;
      ok &&= median.score >= lighthouseTarget;
      table.push({
        page,
        'performance (median)': median.score,
        'all runs': scores.map((s) => s.score).join(' '),
        'FCP ms': Math.round(median.fcp),
        'LCP ms': Math.round(median.lcp),
        'TBT ms': Math.round(median.tbt),
        CLS: median.cls.toFixed(3),
      });
    }
  } finally {
    await chrome.kill();
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    `\nLighthouse, mobile, participant app (${runs} runs a page; target ${lighthouseTarget} or more)`,
  );
  console.table(table);
  return ok;
}
