import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { directionOf } from './language.ts';
import { sv } from './sv.ts';

type Tree = { [key: string]: string | Tree };

/** Every leaf as a dotted key. */
function leaves(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leaves(value, `${prefix}${key}.`),
  );
}

const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

function leafValue(tree: Tree, key: string): string {
  return key.split('.').reduce<string | Tree>((node, part) => (node as Tree)[part]!, tree) as string;
}

const catalogues: Record<string, Tree> = { en };
const reference = leaves(sv);

describe('translation catalogues', () => {
  for (const [language, catalogue] of Object.entries(catalogues)) {
    it(`${language} has exactly the keys of sv`, () => {
      const keys = new Set(leaves(catalogue));
      expect(
        reference.filter((k) => !keys.has(k)),
        `missing in ${language}`,
      ).toEqual([]);
      expect(
        [...keys].filter((k) => !reference.includes(k)),
        `extra in ${language}`,
      ).toEqual([]);
    });

    it(`${language} uses the same placeholders as sv`, () => {
      for (const key of reference) {
        expect(placeholders(leafValue(catalogue, key)), `${language}: ${key}`).toEqual(
          placeholders(leafValue(sv, key)),
        );
      }
    });

    it(`${language} has no empty texts`, () => {
      expect(reference.filter((k) => leafValue(catalogue, k).trim() === '')).toEqual([]);
    });
  }
});

describe('text direction', () => {
  it('turns right to left for Arabic, Persian and Sorani, and stays left to right otherwise', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('fa-AF')).toBe('rtl');
    expect(directionOf('ckb')).toBe('rtl');
    expect(directionOf('sv')).toBe('ltr');
    expect(directionOf('so')).toBe('ltr');
    expect(directionOf('ti')).toBe('ltr');
  });
});
