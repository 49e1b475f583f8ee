import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The staff web app. Built into dist/web and served by the Rödtråd server; `npm run dev` serves it with hot reload.
export default defineConfig({
  root: 'src/web',
  publicDir: 'public',
  plugins: [react()],
  build: { outDir: '../../dist/web', emptyOutDir: true, sourcemap: true },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
