import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createApp } from '#server/app.ts';
import { loadConfig } from '#server/config.ts';
import type { Db } from '#server/db/types.ts';
import { issueSetupToken } from '#server/setup/service.ts';
import { createTestDb } from '#tests/db.ts';

/**
 * Browser journeys: the real server on a fresh database, on a free port, driven by Debian's Chromium
 * through playwright-core. Without the browser the journeys are skipped with a loud warning, except in CI,
 * where they fail.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const inCi = process.env.CI === 'true';
export const browserMissing = !fs.existsSync(chromiumPath);
export const skipJourneys = browserMissing && !inCi;

if (skipJourneys) {
  const line = '!'.repeat(78);
  console.warn(
    `\n${line}\n!!  BROWSER JOURNEYS SKIPPED: no Chromium at ${chromiumPath}\n` +
      `!!  Install it (apt-get install chromium) or set CHROMIUM_PATH. In CI (CI=true) this is a failure.\n${line}\n`,
  );
}

export const webBuilt = () => fs.existsSync(new URL('../../dist/web/index.html', import.meta.url));

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export type TestServer = { baseUrl: string; setupUrl: string; db: Db; close: () => Promise<void> };

/**
 * The real app on a fresh, migrated database. The public URL uses the host name `localhost`, so session
 * cookies are `Secure` as in production, which Chromium accepts on localhost over plain HTTP.
 */
export async function startServer(): Promise<TestServer> {
  if (!webBuilt())
    throw new Error('dist/web is missing: run `npx vite build` first (`npm test` does it for you).');
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const db = await createTestDb();
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: baseUrl,
  });
  const app = await createApp({ db, config });
  await app.listen({ port, host: '127.0.0.1' });
  const token = await issueSetupToken(db);
  return {
    baseUrl,
    setupUrl: `${baseUrl}/setup#token=${token}`,
    db,
    close: async () => {
      await app.close();
      await db.close();
    },
  };
}

/** The Stockholm date (YYYY-MM-DD) `offset` days from today: the day staff and participants live in. */
export const stockholmDay = (offset = 0): string =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(
    new Date(Date.now() + offset * 86_400_000),
  );

/** The API as a signed-in staff member calls it: for setting the scene, or for another person's change. */
export async function callApi<T>(
  server: Pick<TestServer, 'baseUrl'>,
  session: { cookie: string; csrfToken: string },
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(`${server.baseUrl}${path}`, {
    method,
    headers: {
      cookie: session.cookie,
      'x-csrf-token': session.csrfToken,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

/** `extraArgs`: more Chromium switches for one journey (a fake microphone, say). */
export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  if (browserMissing) {
    throw new Error(
      `Chromium not found at ${chromiumPath}. CI must run the browser journeys: install it or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}

export type Tab = { page: Page; context: BrowserContext; problems: string[] };

/**
 * A fresh browser profile (its own cookies and storage) with one page. Script errors and anything the
 * Content Security Policy refused are collected in `problems`; failed API calls (a 401 before sign-in)
 * are expected and left out.
 */
export async function openTab(browser: Browser): Promise<Tab> {
  // E2E_VIEWPORT=390x844 runs the journeys at a phone's size.
  const [width = 1280, height = 860] = (process.env.E2E_VIEWPORT ?? '')
    .split('x')
    .map(Number)
    .filter(Boolean);
  const context = await browser.newContext({ locale: 'sv-SE', viewport: { width, height } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      problems.push(`console: ${message.text()}`);
    }
  });
  return { page, context, problems };
}

/**
 * A participant's phone: a tab at 390×844 whose Chromium has a virtual authenticator standing in for the phone's
 * fingerprint or face lock, so she can register a passkey and sign in with it.
 */
export async function openPhoneTab(browser: Browser): Promise<Tab> {
  const tab = await openTab(browser);
  await tab.page.setViewportSize({ width: 390, height: 844 });
  const cdp = await tab.context.newCDPSession(tab.page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return tab;
}

/** A tab already signed in as a staff member made by the factories (her session cookie set). */
export async function openSignedInTab(browser: Browser, session: { cookie: string }): Promise<Tab> {
  const tab = await openTab(browser);
  const [name, value] = session.cookie.split('=') as [string, string];
  await tab.context.addCookies([
    { name, value, domain: 'localhost', path: '/', httpOnly: true, secure: true, sameSite: 'Lax' },
  ]);
  return tab;
}

/** A link in the participant record's section navigation. */
export const caseFileSection = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Delar av akten' }).getByRole('link', { name, exact: true });

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type AxeViolation = {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
};

let shot = 0;

/** With E2E_SHOTS=<dir>, every checked page is also saved as a numbered screenshot, for a human to look at. */
async function saveShot(page: Page, label: string): Promise<void> {
  const dir = process.env.E2E_SHOTS;
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  const name = `${String(++shot).padStart(2, '0')}-${label.replace(/[^a-z0-9]+/gi, '-')}.png`;
  await page.screenshot({ path: path.join(dir, name), fullPage: true });
}

/**
 * Runs axe-core against WCAG 2.1 A and AA on the page as it is now, and fails with a readable list if it
 * finds anything. The source goes in through page.evaluate, which the page's CSP does not govern.
 */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  await saveShot(page, label);
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (...args: unknown[]) => Promise<{ violations: unknown[] }> } }
    ).axe;
    const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
    return result.violations as AxeViolation[];
  });
  if (violations.length === 0) return;
  const report = violations
    .map(
      (v) =>
        `- [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
        v.nodes.map((n) => `    at ${JSON.stringify(n.target)}\n      ${n.failureSummary ?? ''}`).join('\n'),
    )
    .join('\n');
  throw new Error(
    `axe found ${violations.length} accessibility violation(s) on ${label} (${page.url()}):\n${report}`,
  );
}

/** Waits for the page's one h1 to read `name` (exactly). */
export async function expectHeading(page: Page, name: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
}
