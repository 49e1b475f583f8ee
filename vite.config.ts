import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Libraries change less often than the app: separate files stay in browser caches across releases. */
function vendorChunk(id: string): string | undefined {
  if (!id.includes('/node_modules/')) return undefined;
  if (/\/node_modules\/(react|react-dom|scheduler|react-router|cookie|set-cookie-parser)\//.test(id))
    return 'react';
  if (id.includes('/node_modules/zod/')) return 'zod';
  return 'vendor';
}

// The staff web app. Built into dist/web and served by the Rödtråd server; `npm run dev` serves it with hot reload.
export default defineConfig({
  root: 'src/web',
  publicDir: 'public',
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: { output: { manualChunks: vendorChunk } },
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
