import type { TFunction } from 'i18next';
import type { SuggestionReason } from '#shared/placements.ts';

/** Why an employer is suggested, as a sentence: which of her words matched where, or what fits her stage. */
export function reasonText(
  t: TFunction,
  reason: SuggestionReason,
  goalTitle: (goalId: string) => string | undefined,
): string {
  switch (reason.kind) {
    case 'interest_match':
      return t('placements.reasons.interest', {
        word: reason.word,
        field: t(`placements.reasons.fields.${reason.field}`),
        matched: t(`placements.reasons.matched.${reason.matched}`),
      });
    case 'goal_match': {
      const title = goalTitle(reason.goalId);
      return title
        ? t('placements.reasons.goal', { word: reason.word, goal: title })
        : t('placements.reasons.goalUnnamed', { word: reason.word });
    }
    case 'offer_fits_stage':
      return t('placements.reasons.offer', {
        // Inside a sentence: "för praktik", "for internship".
        offer: t(`employers.offerNames.${reason.offer}`, { defaultValue: reason.offer }).toLocaleLowerCase(),
      });
  }
}
