import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appLanguages } from './lib/languages.ts';

/**
 * Every catalogue of the participant app (the app's own in i18n/, and each feature's `<feature>/i18n/`) has
 * exactly the Swedish source's keys, none empty, and marks whether a native speaker has reviewed it.
 */
const root = path.dirname(new URL(import.meta.url).pathname);

function catalogueFolders(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (!entry.isDirectory()) return [];
    const full = path.join(dir, entry.name);
    return [...(entry.name === 'i18n' ? [full] : []), ...catalogueFolders(full)];
  });
}

type Tree = { [key: string]: unknown };
function leaves(tree: Tree, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    if (key === 'meta' && prefix === '') continue;
    const name = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object') for (const [k, v] of leaves(value as Tree, name)) out.set(k, v);
    else out.set(name, value);
  }
  return out;
}

const folders = catalogueFolders(root);

describe('participant app catalogues', () => {
  it('finds the app catalogue folder', () => {
    expect(folders).toContain(path.join(root, 'i18n'));
  });

  for (const folder of folders) {
    const name = path.relative(root, folder);
    it(`${name}: every language has exactly the Swedish keys, none empty, and says whether it was reviewed`, async () => {
      const load = async (code: string) =>
        ((await import(path.join(folder, `${code}.ts`))) as { default: Tree }).default;
      const source = leaves(await load('sv'));
      expect(source.size).toBeGreaterThan(0);
      for (const { code } of appLanguages) {
        expect(fs.existsSync(path.join(folder, `${code}.ts`)), `${name}/${code}.ts exists`).toBe(true);
        const catalogue = await load(code);
        const meta = catalogue.meta as { language?: unknown; reviewedByNativeSpeaker?: unknown } | undefined;
        expect(meta?.language, `${name}/${code}.ts meta.language`).toBe(code);
        expect(typeof meta?.reviewedByNativeSpeaker, `${name}/${code}.ts meta.reviewedByNativeSpeaker`).toBe(
          'boolean',
        );
        const keys = leaves(catalogue);
        const missing = [...source.keys()].filter(
          (k) => typeof keys.get(k) !== 'string' || !String(keys.get(k)).trim(),
        );
        const extra = [...keys.keys()].filter((k) => !source.has(k));
        expect(missing, `${name}/${code}.ts missing or empty`).toEqual([]);
        expect(extra, `${name}/${code}.ts keys not in sv.ts`).toEqual([]);
        // A placeholder the Swedish has must be kept, or the name or time would not show.
        for (const [key, text] of source) {
          for (const placeholder of String(text).match(/\{\{\w+\}\}/g) ?? [])
            expect(String(keys.get(key)), `${name}/${code}.ts ${key} keeps ${placeholder}`).toContain(
              placeholder,
            );
        }
      }
    });
  }
});
