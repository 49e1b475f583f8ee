/** Why a subtitle file was refused, or null when it is valid WebVTT as far as players need. */
export function checkWebVtt(text: string): string | null {
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!/^WEBVTT(?:[ \t][^\n]*)?(?:\n|$)/.test(body)) return 'The file must start with WEBVTT.';
  const timestamp = /^(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})$/;
  const seconds = (t: string) => {
    const m = timestamp.exec(t);
    if (!m) return null;
    return Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]) + Number(m[4]) / 1000;
  };
  const lines = body.split('\n');
  let cues = 0;
  for (const [index, line] of lines.entries()) {
    if (!line.includes('-->')) continue;
    const m = /^(\S+)[ \t]+-->[ \t]+(\S+)(?:[ \t].*)?$/.exec(line);
    const start = m ? seconds(m[1]!) : null;
    const end = m ? seconds(m[2]!) : null;
    if (start === null || end === null) return `Line ${index + 1}: the cue timing does not parse.`;
    if (end < start) return `Line ${index + 1}: the cue ends before it starts.`;
    cues += 1;
  }
  if (cues === 0) return 'The file has no cues.';
  return null;
}
