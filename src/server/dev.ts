import { spawn } from 'node:child_process';

// Development: the API server restarting on change (port 3000) and Vite's dev server with hot reload
// (port 5173, proxying /api to the server). Open http://localhost:5173.
const children = [
  spawn('node', ['--import', 'tsx', '--watch', 'src/server/main.ts'], {
    stdio: 'inherit',
    env: { ...process.env, PUBLIC_URL: process.env.PUBLIC_URL ?? 'http://localhost:5173' },
  }),
  spawn('npx', ['vite', '--port', '5173', '--strictPort'], { stdio: 'inherit' }),
];
const stop = () => children.forEach((c) => c.kill('SIGTERM'));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
for (const c of children) c.once('exit', stop);
