import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/**
 * The participant app's first load (issue 7: under 100 KB of JavaScript, gzip): the entry chunk and every chunk
 * it imports statically, as Vite's manifest lists them; lazy pages and the language catalogues are left out
 * (they load after). The figure is each file gzipped at level 9 and summed, as a server would send them.
 */
export const participantBundleBudget = 100 * 1024;

type ManifestChunk = { file: string; imports?: string[]; isEntry?: boolean };

export function participantFirstLoad(webDir = 'dist/web'): {
  files: { file: string; gzip: number }[];
  total: number;
} {
  const manifestPath = path.join(webDir, '.vite', 'manifest.json');
  if (!fs.existsSync(manifestPath)) throw new Error(`${manifestPath} is missing: run npm run build first`);
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
  const entry = 'participant-app/index.html';
  if (!manifest[entry]) throw new Error(`the manifest has no ${entry}`);
  const seen = new Set<string>();
  const walk = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of manifest[key]?.imports ?? []) walk(imported);
  };
  walk(entry);
  const files = [...seen].map((key) => {
    const file = manifest[key]!.file;
    const gzip = zlib.gzipSync(fs.readFileSync(path.join(webDir, file)), { level: 9 }).length;
    return { file, gzip };
  });
  return { files, total: files.reduce((sum, f) => sum + f.gzip, 0) };
}

export function benchParticipantBundle(webDir?: string): boolean {
  const { files, total } = participantFirstLoad(webDir);
  for (const f of files) console.log(`  ${f.file}: ${(f.gzip / 1024).toFixed(1)} KB gzip`);
  const ok = total < participantBundleBudget;
  console.log(
    `Participant app, JavaScript on first load: ${(total / 1024).toFixed(1)} KB gzip (budget < ${participantBundleBudget / 1024} KB) ${ok ? 'OK' : 'OVER BUDGET'}`,
  );
  return ok;
}
