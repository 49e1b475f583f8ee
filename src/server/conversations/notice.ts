import { pickLanguage, type ReminderLanguage } from '../reminders/templates.ts';

/**
 * "You have a new message from your team": first name only and never the message itself, which a lock screen
 * or a shared phone would show to others.
 */
const words: Record<ReminderLanguage, { subject: string; body: (name: string, url: string) => string }> = {
  sv: {
    subject: 'Nytt meddelande i Rödtråd',
    body: (n, u) => `Hej ${n}! Du har ett nytt meddelande från ditt team i Rödtråd. Läs det i appen: ${u}`,
  },
  en: {
    subject: 'New message in Rödtråd',
    body: (n, u) => `Hi ${n}, you have a new message from your team in Rödtråd. Read it in the app: ${u}`,
  },
  ar: {
    subject: 'رسالة جديدة في Rödtråd',
    body: (n, u) => `مرحبًا ${n}، لديك رسالة جديدة من فريقك في Rödtråd. اقرأها في التطبيق: ${u}`,
  },
  so: {
    subject: 'Fariin cusub oo Rödtråd ah',
    body: (n, u) => `Salaan ${n}, waxaad fariin cusub ka heshay kooxdaada Rödtråd. Ku akhri app-ka: ${u}`,
  },
};

/** Her messages page in the participant app. */
export const conversationUrl = (publicUrl: string) => `${publicUrl}/app/messages`;

export function newMessageNotice(languages: readonly string[], firstName: string, publicUrl: string) {
  const language = pickLanguage(languages);
  const w = words[language];
  return { language, subject: w.subject, body: w.body(firstName, conversationUrl(publicUrl)) };
}
