import {
  interestLabels,
  languageLevelLabels,
  partOfDayLabels,
  weekdayLabels,
  type Interest,
  type LanguageLevel,
  type PartOfDay,
  type Weekday,
} from '#shared/language-friends.ts';

/** The shared vocabulary's labels (kept in the contract, for the server's texts too) in the interface language. */
const pick = (lang: string) => (lang === 'en' ? 'en' : 'sv');
const capital = (text: string) => text.charAt(0).toLocaleUpperCase('sv') + text.slice(1);

export const interestLabel = (interest: Interest, lang: string) =>
  capital(interestLabels[interest][pick(lang)]);
export const levelLabel = (level: LanguageLevel, lang: string) =>
  capital(languageLevelLabels[level][pick(lang)]);
export const weekdayLabel = (day: Weekday, lang: string) => capital(weekdayLabels[day][pick(lang)]);
export const partOfDayLabel = (part: PartOfDay, lang: string) => capital(partOfDayLabels[part][pick(lang)]);
