import { timeZone } from '../activities/recurrence.ts';

/** Languages we have reminder texts in; anyone else gets Swedish. */
export const reminderLanguages = ['sv', 'en', 'ar', 'so'] as const;
export type ReminderLanguage = (typeof reminderLanguages)[number];

/** The first of her languages that we have a text for, else Swedish. */
export function pickLanguage(languages: readonly string[]): ReminderLanguage {
  const known = languages.find((l): l is ReminderLanguage =>
    (reminderLanguages as readonly string[]).includes(l),
  );
  return known ?? 'sv';
}

export type SessionReminder = {
  /** First name only: a message can be read by others (a shared phone, a lock screen). */
  firstName: string;
  title: string;
  startsAt: Date;
  place: string | null;
  onlineUrl: string | null;
};

type Words = {
  subject: (title: string) => string;
  greeting: (name: string) => string;
  when: (title: string, date: string, time: string) => string;
  place: string;
  link: string;
  /** An individual meeting, as the thing she is reminded of (its purpose is left out of the message). */
  meeting: string;
  interpreter: string;
};

// Arabic is written right to left; the values (title, date, time) are inserted as they are.
const words: Record<ReminderLanguage, Words> = {
  sv: {
    subject: (t) => `Påminnelse: ${t}`,
    greeting: (n) => `Hej ${n}!`,
    when: (t, d, h) => `Påminnelse: ${t} ${d} kl. ${h}.`,
    place: 'Plats',
    link: 'Länk',
    meeting: 'möte',
    interpreter: 'En tolk är med.',
  },
  en: {
    subject: (t) => `Reminder: ${t}`,
    greeting: (n) => `Hi ${n},`,
    when: (t, d, h) => `a reminder: ${t} on ${d} at ${h}.`,
    place: 'Place',
    link: 'Link',
    meeting: 'meeting',
    interpreter: 'An interpreter will be there.',
  },
  ar: {
    subject: (t) => `تذكير: ${t}`,
    greeting: (n) => `مرحبًا ${n}،`,
    when: (t, d, h) => `تذكير: ${t} يوم ${d} الساعة ${h}.`,
    place: 'المكان',
    link: 'الرابط',
    meeting: 'موعد',
    interpreter: 'سيحضر مترجم.',
  },
  so: {
    subject: (t) => `Xusuusin: ${t}`,
    greeting: (n) => `Salaan ${n},`,
    when: (t, d, h) => `xusuusin: ${t} ${d} saacadda ${h}.`,
    place: 'Goobta',
    link: 'Xiriirka',
    meeting: 'ballan',
    interpreter: 'Turjumaan ayaa joogi doona.',
  },
};

const locales: Record<ReminderLanguage, string> = {
  sv: 'sv-SE',
  en: 'en-GB',
  ar: 'ar-u-nu-latn',
  so: 'so-u-nu-latn',
};

/** The day in her language (Latin digits, which every phone shows), in Stockholm. */
function dayIn(language: ReminderLanguage, at: Date): string {
  return new Intl.DateTimeFormat(locales[language], {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  }).format(at);
}

/** 24-hour clock in Stockholm, e.g. 09:00. */
function timeOf(at: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone, hour: '2-digit', minute: '2-digit' }).format(at);
}

/** A short reminder of one session: fits two SMS parts in Latin script. */
export function renderSessionReminder(
  language: ReminderLanguage,
  r: SessionReminder,
): { subject: string; body: string } {
  const w = words[language];
  const lines = [
    `${w.greeting(r.firstName)} ${w.when(r.title, dayIn(language, r.startsAt), timeOf(r.startsAt))}`,
  ];
  if (r.place) lines.push(`${w.place}: ${r.place}`);
  if (r.onlineUrl) lines.push(`${w.link}: ${r.onlineUrl}`);
  return { subject: w.subject(r.title), body: lines.join('\n') };
}

export type MeetingReminder = Omit<SessionReminder, 'title'> & { interpreterNeeded: boolean };

/**
 * A reminder of an individual meeting: when, where and whether an interpreter comes, but not what it is about,
 * which staff may have written in words she would not want on a lock screen.
 */
export function renderMeetingReminder(
  language: ReminderLanguage,
  r: MeetingReminder,
): { subject: string; body: string } {
  const w = words[language];
  const text = renderSessionReminder(language, { ...r, title: w.meeting });
  return r.interpreterNeeded ? { ...text, body: `${text.body}\n${w.interpreter}` } : text;
}

export type EvaluationReminderText = {
  /** Her first name only, as on the form the supervisor opens. */
  firstName: string;
  employerName: string;
  stageLabel: { sv: string; en: string };
  /** yyyy-mm-dd */
  dueOn: string;
  url: string;
};

/** A reminder to a placement supervisor to fill in the evaluation: Swedish, then one line in English. */
export function renderEvaluationReminder(r: EvaluationReminderText): { subject: string; body: string } {
  const due = new Date(`${r.dueOn}T12:00:00Z`);
  // Swedish genitive: no extra s after s, x or z (Hans praktik, Aminas praktik).
  const hers = /[sxz]$/i.test(r.firstName) ? r.firstName : `${r.firstName}s`;
  const dayFormat = (locale: string) =>
    new Intl.DateTimeFormat(locale, { timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(due);
  return {
    subject: `Påminnelse: ${r.stageLabel.sv.toLowerCase()} för ${r.firstName} / Reminder: ${r.stageLabel.en.toLowerCase()}`,
    body: [
      'Hej!',
      `Påminnelse: ${r.stageLabel.sv.toLowerCase()} av ${hers} praktik hos ${r.employerName} ska fyllas i senast ${dayFormat('sv-SE')}. Den tidigare länken fungerar inte längre; använd den här:`,
      r.url,
      '',
      `Reminder: please fill in the ${r.stageLabel.en.toLowerCase()} of ${r.firstName}'s placement at ${r.employerName} by ${dayFormat('en-GB')}, using the link above (the earlier link no longer works).`,
    ].join('\n'),
  };
}
