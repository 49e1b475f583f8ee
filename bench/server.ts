import { spawn } from 'node:child_process';
import net from 'node:net';

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts `npm start`'s bundle in its own process, so the load generator does not share its thread. */
export async function startServer(
  env: Record<string, string>,
): Promise<{ origin: string; stop: () => Promise<void> }> {
  const port = String(await freePort());
  return new Promise((resolve, reject) => {
    // BENCH_PROFILE=<folder> writes a CPU profile of the server process there.
    const profile = process.env.BENCH_PROFILE
      ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`]
      : [];
    const child = spawn('node', [...profile, 'dist/server/main.js'], {
      env: {
        ...process.env,
        PORT: port,
        HOST: '127.0.0.1',
        LOG_LEVEL: 'silent',
        AUTH_RATE_LIMIT: '1000000',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      if (!chunk.toString().includes('is running at')) return;
      child.removeAllListeners('exit');
      resolve({
        origin: `http://127.0.0.1:${port}`,
        stop: () => new Promise((done) => (child.once('exit', () => done()), child.kill('SIGTERM'))),
      });
    });
  });
}
