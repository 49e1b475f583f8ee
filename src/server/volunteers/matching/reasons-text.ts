import { reasonText, type MatchReason, type ReasonLanguage } from '#shared/language-friends.ts';

/**
 * A proposed pair's reasons as plain sentences, the weightiest first, for exports and tests. The web says the same
 * reasons through i18n; the sentences themselves live in shared/language-friends.ts so both sides agree.
 */
export function reasonsInWords(reasons: readonly MatchReason[], lang: ReasonLanguage): string[] {
  return [...reasons].sort((a, b) => b.points - a.points).map((r) => reasonText(r, lang));
}
