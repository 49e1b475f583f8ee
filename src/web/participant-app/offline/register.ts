/**
 * Registers the app's service worker (offline/sw.ts, built to /app/sw.js) in a production build, and hands it
 * the files this page loaded before it took control.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker
    .register('/app/sw.js', { scope: '/app/' })
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => {
      const urls = performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => new URL(name).pathname.startsWith('/assets/'));
      registration.active?.postMessage({ type: 'keep-assets', urls });
    })
    .catch(() => {
      // No offline copy on this device (private mode, say): the app works online as before.
    });
}

/** On sign-out: nothing of hers stays in the phone's cache. */
export async function forgetOfflineData(): Promise<void> {
  if (typeof caches !== 'undefined') await caches.delete('rodtrad-app-data-v1');
}
