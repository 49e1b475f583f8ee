import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/** Libraries change less often than the app: separate files stay in browser caches across releases. */
function vendorChunk(id: string): string | undefined {
  if (!id.includes('/node_modules/')) return undefined;
  // React alone, without the router: the participant app loads this chunk and must stay small.
  if (/\/node_modules\/(react|react-dom|scheduler)\//.test(id)) return 'react';
  if (/\/node_modules\/(react-router|cookie|set-cookie-parser)\//.test(id)) return 'react-router';
  if (id.includes('/node_modules/zod/')) return 'zod';
  return 'vendor';
}

/** `npm run dev`: /app and /app/* get the participant app's page, as the server answers them in production. */
const participantAppInDev: Plugin = {
  name: 'participant-app-in-dev',
  configureServer(server) {
    server.middlewares.use((request, _response, next) => {
      if (request.url && /^\/app(\/(?!sw\.js)[^.]*)?(\?.*)?$/.test(request.url))
        request.url = '/participant-app/index.html';
      next();
    });
  },
};

/**
 * Brotli and gzip copies beside every text file of the build, which the server sends to browsers that take them
 * (@fastify/static `preCompressed`): compressed once here at the highest level, never per request.
 */
const precompress: Plugin = {
  name: 'precompress',
  apply: 'build',
  writeBundle(options, bundle) {
    for (const name of Object.keys(bundle)) {
      if (!/\.(js|css|html|svg|json|webmanifest)$/.test(name) || name.startsWith('.vite/')) continue;
      const file = path.join(options.dir!, name);
      const content = fs.readFileSync(file);
      if (content.length < 1024) continue;
      fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(content));
      fs.writeFileSync(`${file}.gz`, zlib.gzipSync(content, { level: 9 }));
    }
  },
};

// Two entries: the staff web app (index.html) and the participant app (participant-app/index.html, served for
// /app and /app/*). Built into dist/web and served by the Rödtråd server; `npm run dev` serves both with hot
// reload. The participant app's service worker is its own input, written to dist/web/app/sw.js so that its
// scope is /app/.
export default defineConfig({
  root: 'src/web',
  publicDir: 'public',
  plugins: [react(), participantAppInDev, precompress],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    sourcemap: true,
    // bench/participant-bundle.ts reads it to measure what the participant app loads first.
    manifest: true,
    rollupOptions: {
      input: {
        main: 'src/web/index.html',
        'participant-app': 'src/web/participant-app/index.html',
        sw: 'src/web/participant-app/offline/sw.ts',
      },
      output: {
        manualChunks: vendorChunk,
        entryFileNames: (chunk) => (chunk.name === 'sw' ? 'app/sw.js' : 'assets/[name]-[hash].js'),
      },
    },
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
