/** What an uploaded file is, from its first bytes (never its name or the browser's content type). */
export type Sniffed = 'mp4' | 'webm' | 'ogg' | null;

const ascii = (bytes: Buffer, from: number, to: number) => bytes.subarray(from, to).toString('latin1');

export function sniffMedia(bytes: Buffer): Sniffed {
  // ISO base media (MP4, and the audio/mp4 Safari records): a box whose type is 'ftyp' first.
  if (bytes.length >= 12 && ascii(bytes, 4, 8) === 'ftyp') return 'mp4';
  // WebM: an EBML header whose DocType is 'webm' (plain Matroska is not accepted).
  if (
    bytes.length >= 16 &&
    bytes[0] === 0x1a &&
    bytes[1] === 0x45 &&
    bytes[2] === 0xdf &&
    bytes[3] === 0xa3 &&
    ascii(bytes, 4, 64).includes('webm')
  ) {
    return 'webm';
  }
  if (bytes.length >= 28 && ascii(bytes, 0, 4) === 'OggS') return 'ogg';
  return null;
}

/** The content type a lesson video is served with, or null when it is not a video we play. */
export function videoType(bytes: Buffer): 'video/mp4' | 'video/webm' | null {
  const kind = sniffMedia(bytes);
  return kind === 'mp4' ? 'video/mp4' : kind === 'webm' ? 'video/webm' : null;
}

/** The content type of a voice message (MediaRecorder gives WebM or Ogg Opus; Safari gives MP4). */
export function voiceType(bytes: Buffer): 'audio/mp4' | 'audio/webm' | 'audio/ogg' | null {
  const kind = sniffMedia(bytes);
  return kind ? (`audio/${kind}` as const) : null;
}
