/**
 * The subtitle track to show by default: the one in the app's language (Dari also as 'fa', Easy Swedish as
 * Swedish), else none (the player offers the others).
 */
export function subtitleFor(available: readonly string[], appLanguage: string): string | null {
  const wanted = appLanguage === 'prs' ? ['prs', 'fa'] : [appLanguage.split('-')[0]!];
  return available.find((code) => wanted.includes(code)) ?? null;
}
