import { normalisePhone } from '../reminders/scheduler.ts';
import type { ReminderLanguage } from '../reminders/templates.ts';

/** The confirmation a volunteer gets after registering, in the language she used on the page. */

type Confirmation = { firstName: string; unitName: string; receipt: string };

export function renderConfirmation(
  language: 'sv' | 'en',
  c: Confirmation,
): { subject: string; body: string } {
  if (language === 'en') {
    return {
      subject: `Thank you for registering as a language friend – ${c.unitName}`,
      body:
        `Hello ${c.firstName}!\n\nThank you for registering your interest in becoming a language friend in ` +
        `${c.unitName}. Our volunteer coordinator will contact you to book an introductory meeting.\n\n` +
        `Your reference: ${c.receipt}\n\nIf you change your mind, tell us and we will erase your details.`,
    };
  }
  return {
    subject: `Tack för din anmälan som språkvän – ${c.unitName}`,
    body:
      `Hej ${c.firstName}!\n\nTack för att du vill bli språkvän i ${c.unitName}. Vår volontärsamordnare ` +
      `hör av sig för att boka ett introduktionssamtal.\n\nDitt referensnummer: ${c.receipt}\n\n` +
      `Om du ångrar dig, säg till så raderar vi dina uppgifter.`,
  };
}

/** Her e-mail if she gave one, else an SMS to her phone. */
export function channelOfVolunteer(v: {
  email: string | null;
  phone: string | null;
}): { channel: 'email' | 'sms'; to: string } | null {
  if (v.email) return { channel: 'email', to: v.email };
  if (v.phone) return { channel: 'sms', to: normalisePhone(v.phone) };
  return null;
}

type VolunteerLink = {
  volunteerFirstName: string;
  /** The participant's first name only, as on the page the link opens. */
  participantFirstName: string;
  url: string;
  /** Set for a check-in: months since the trial started. */
  checkInMonths: number | null;
};

/** The volunteer's link to her page for the match: on introduction, re-sent, or at a check-in. */
export function renderVolunteerLink(
  language: 'sv' | 'en',
  l: VolunteerLink,
): { subject: string; body: string } {
  if (language === 'en') {
    const lead =
      l.checkInMonths === null
        ? `You have been matched as a language friend with ${l.participantFirstName}. On your page you will find ` +
          'your next meeting, can log your meetings and end the match if you need to.'
        : `It is ${l.checkInMonths === 1 ? 'one month' : `${l.checkInMonths} months`} since you and ` +
          `${l.participantFirstName} started meeting. How is it going? Please tell us on your page.`;
    return {
      subject:
        l.checkInMonths === null ? 'Your language friend' : 'How is it going with your language friend?',
      body: `Hello ${l.volunteerFirstName}!\n\n${lead}\n\n${l.url}\n\nThe link is personal: do not share it.`,
    };
  }
  const lead =
    l.checkInMonths === null
      ? `Du har matchats som språkvän med ${l.participantFirstName}. På din sida ser du er nästa träff, kan ` +
        'logga era träffar och avsluta om det behövs.'
      : `Det har gått ${l.checkInMonths === 1 ? 'en månad' : `${l.checkInMonths} månader`} sedan du och ` +
        `${l.participantFirstName} började träffas. Hur går det? Berätta gärna på din sida.`;
  return {
    subject: l.checkInMonths === null ? 'Din språkvän' : 'Hur går det med din språkvän?',
    body: `Hej ${l.volunteerFirstName}!\n\n${lead}\n\n${l.url}\n\nLänken är personlig: dela den inte.`,
  };
}

const checkInWords: Record<ReminderLanguage, (name: string, friend: string, months: number) => string> = {
  sv: (n, f, m) =>
    `Hej ${n}! Det har gått ${m === 1 ? 'en månad' : `${m} månader`} sedan du och din språkvän ${f} började träffas. Hur går det? Svara i appen eller berätta för din coach.`,
  en: (n, f, m) =>
    `Hi ${n}, it is ${m === 1 ? 'one month' : `${m} months`} since you and your language friend ${f} started meeting. How is it going? Answer in the app or tell your coach.`,
  ar: (n, f, m) =>
    `مرحبًا ${n}، مرّ ${m === 1 ? 'شهر' : `${m} أشهر`} منذ بدأت لقاءاتك مع صديقتك اللغوية ${f}. كيف تسير الأمور؟ أجيبي في التطبيق أو أخبري مرشدتك.`,
  so: (n, f, m) =>
    `Salaan ${n}, waxaa laga joogaa ${m === 1 ? 'hal bil' : `${m} bilood`} markii adiga iyo saaxiibkaaga luqadda ${f} aad bilowdeen kulankiinna. Sidee wax u socdaan? Ka jawaab app-ka ama u sheeg la-taliyahaaga.`,
};

/** Her check-in reminder in her language, with first names only (a message can be read by others). */
export function renderParticipantCheckIn(
  language: ReminderLanguage,
  c: { firstName: string; volunteerFirstName: string; months: number },
): { subject: string; body: string } {
  const subject: Record<ReminderLanguage, string> = {
    sv: 'Hur går det med din språkvän?',
    en: 'How is it going with your language friend?',
    ar: 'كيف تسير الأمور مع صديقتك اللغوية؟',
    so: 'Sidee wax ula socdaan saaxiibkaaga luqadda?',
  };
  return {
    subject: subject[language],
    body: checkInWords[language](c.firstName, c.volunteerFirstName, c.months),
  };
}
