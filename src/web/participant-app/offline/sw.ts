/**
 * The participant app's service worker (scope /app/, served as /app/sw.js; registered by offline/register.ts
 * only). Hand-written and small:
 * - the app shell: the page (network first, the last copy when offline) and the hashed files under /assets/
 *   (cache first: their names change with their content);
 * - her schedule and her list of lessons, and who she is: network first; the copy kept is marked with
 *   `x-saved-at`, which the app shows as "saved <time>, may be out of date" when it comes from the cache.
 * Nothing else of hers is kept on the phone. Signing out deletes the data cache (forgetOfflineData).
 */
type ExtendableEvent = Event & { waitUntil(promise: Promise<unknown>): void };
type FetchEvent = ExtendableEvent & { request: Request; respondWith(response: Promise<Response>): void };
type WorkerMessageEvent = ExtendableEvent & { data: unknown };
type WorkerScope = {
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: WorkerMessageEvent) => void): void;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  location: Location;
};
const sw = self as unknown as WorkerScope;
export {};

const shellCache = 'rodtrad-app-shell-v1';
const dataCache = 'rodtrad-app-data-v1';
const shellKey = '/app/';
/** The answers kept for offline use: who she is, her schedule, her lessons list. */
const keptData = [/^\/api\/me$/, /^\/api\/me\/schedule$/, /^\/api\/me\/lessons$/];

sw.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(shellCache)
      .then((cache) => cache.add(shellKey))
      .then(() => sw.skipWaiting()),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((k) => k !== shellCache && k !== dataCache).map((k) => caches.delete(k))),
      )
      .then(() => sw.clients.claim()),
  );
});

async function page(request: Request): Promise<Response> {
  try {
    const response = await fetch(request);
    if (response.ok) await (await caches.open(shellCache)).put(shellKey, response.clone());
    return response;
  } catch (error) {
    const cached = await caches.match(shellKey);
    if (cached) return cached;
    throw error;
  }
}

async function asset(request: Request): Promise<Response> {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await (await caches.open(shellCache)).put(request, response.clone());
  return response;
}

async function data(request: Request): Promise<Response> {
  try {
    const response = await fetch(request);
    if (response.ok) {
      const headers = new Headers(response.headers);
      headers.set('x-saved-at', new Date().toISOString());
      const copy = new Response(await response.clone().blob(), { status: response.status, headers });
      await (await caches.open(dataCache)).put(request, copy);
    }
    return response;
  } catch (error) {
    const cached = await (await caches.open(dataCache)).match(request);
    if (cached) return cached;
    throw error;
  }
}

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== sw.location.origin) return;
  if (request.mode === 'navigate' && (url.pathname === '/app' || url.pathname.startsWith('/app/')))
    event.respondWith(page(request));
  else if (url.pathname.startsWith('/assets/')) event.respondWith(asset(request));
  else if (keptData.some((pattern) => pattern.test(url.pathname))) event.respondWith(data(request));
});

// The page tells which files it loaded before this worker took control, so they are there offline too.
sw.addEventListener('message', (event) => {
  const message = event.data as { type?: string; urls?: unknown };
  if (message?.type !== 'keep-assets' || !Array.isArray(message.urls)) return;
  const urls = message.urls.filter(
    (u): u is string =>
      typeof u === 'string' && new URL(u, sw.location.origin).pathname.startsWith('/assets/'),
  );
  event.waitUntil(caches.open(shellCache).then((cache) => cache.addAll(urls)));
});
