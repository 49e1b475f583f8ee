/** A byte range of a file, both ends included. */
export type ByteRange = { start: number; end: number };

/**
 * The one range a `Range: bytes=…` header asks for, or 'unsatisfiable' (416), or null to send the whole file
 * (no header, another unit, or several ranges, which a player never asks for). Forms: `a-b`, `a-`, `-n`.
 */
export function parseRange(header: string | undefined, size: number): ByteRange | 'unsatisfiable' | null {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return null;
  const [, from, to] = match;
  if (from === '' && to === '') return null;
  if (from === '') {
    const suffix = Number(to);
    if (suffix === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(from);
  const end = to === '' ? size - 1 : Math.min(Number(to), size - 1);
  if (start >= size || end < start) return 'unsatisfiable';
  return { start, end };
}

/** A player's open range (`bytes=0-`) is answered in pieces of at most this much; it asks for the rest. */
export const maxRangeBytes = 2 * 1024 * 1024;

export function capRange(range: ByteRange): ByteRange {
  return { start: range.start, end: Math.min(range.end, range.start + maxRangeBytes - 1) };
}
