import { pickLanguage, type ReminderLanguage } from '../reminders/templates.ts';

/** The invitation and the code in her language (first name only: a lock screen can be read by others). */
const words: Record<
  ReminderLanguage,
  { subject: string; invite: (name: string, url: string) => string; code: (code: string) => string }
> = {
  sv: {
    subject: 'Din inbjudan till Rödtråd-appen',
    invite: (n, u) => `Hej ${n}! Din coach bjuder in dig till appen. Öppna länken på din telefon: ${u}`,
    code: (c) => `Din kod till Rödtråd: ${c}. Den gäller i 10 minuter. Ge den inte till någon.`,
  },
  en: {
    subject: 'Your invitation to the Rödtråd app',
    invite: (n, u) => `Hi ${n}, your coach invites you to the app. Open the link on your phone: ${u}`,
    code: (c) => `Your Rödtråd code: ${c}. It is valid for 10 minutes. Do not give it to anyone.`,
  },
  ar: {
    subject: 'دعوتك إلى تطبيق Rödtråd',
    invite: (n, u) => `مرحبًا ${n}، يدعوك مدربك إلى التطبيق. افتح الرابط على هاتفك: ${u}`,
    code: (c) => `رمزك في Rödtråd: ${c}. صالح لمدة 10 دقائق. لا تعطه لأحد.`,
  },
  so: {
    subject: 'Martiqaadkaaga app-ka Rödtråd',
    invite: (n, u) =>
      `Salaan ${n}, tababarahaagu wuxuu kugu martiqaadayaa app-ka. Ku fur xiriirka telefoonkaaga: ${u}`,
    code: (c) => `Koodkaaga Rödtråd: ${c}. Wuxuu shaqeynayaa 10 daqiiqo. Qofna ha siin.`,
  },
};

export function invitationText(languages: readonly string[], firstName: string, url: string) {
  const language = pickLanguage(languages);
  const w = words[language];
  return { language, subject: w.subject, body: w.invite(firstName, url) };
}

export function codeText(languages: readonly string[], code: string) {
  const language = pickLanguage(languages);
  return { language, subject: null, body: words[language].code(code) };
}

/** The invitation page of the participant app; the token stays in the fragment, out of server logs. */
export const invitationUrl = (publicUrl: string, token: string) =>
  `${publicUrl}/app/invitation#token=${token}`;
