import type { TFunction } from 'i18next';
import type { AccessLogEntry } from '#shared/journal.ts';
import { roles } from '#shared/roles.ts';
import { formatDate } from '#web/lib/format.ts';

/** Audit actions said in plain words to her; every other action is "opened the file". */
const phrases = {
  'participant.read': 'participantRead',
  'participant.create': 'participantCreate',
  'participant.update': 'participantUpdate',
  'participant.access_log': 'accessLog',
  'journal.read': 'journalRead',
  'journal.write': 'journalWrite',
  'consent.list': 'consentList',
  'consent.give': 'consentGive',
  'consent.withdraw': 'consentWithdraw',
  'enrolment.list': 'enrolmentList',
  'enrolment.create': 'enrolmentCreate',
  'enrolment.exit': 'enrolmentExit',
  'team.list': 'teamList',
  'team.add': 'teamAdd',
  'team.remove': 'teamRemove',
  'contact.list': 'contactList',
  'contact.create': 'contactCreate',
  'assessment.list': 'assessmentList',
  'assessment.create': 'assessmentCreate',
  'assessment.update': 'assessmentUpdate',
  'assessment.distance': 'assessmentList',
} as const;

const isPhrase = (action: string): action is keyof typeof phrases => Object.hasOwn(phrases, action);
const isRole = (role: string): role is (typeof roles)[number] => (roles as readonly string[]).includes(role);

/** "Cecilia (arbetsmarknadscoach) läste din journal 3 mars 2026", for showing to the participant. */
export function accessSentence(t: TFunction, entry: AccessLogEntry, language: string): string {
  const who = entry.actorName ?? t('accessLog.someone');
  const role =
    entry.actorRole && isRole(entry.actorRole) ? t(`roles.${entry.actorRole}`).toLowerCase() : null;
  const what = t(`accessLog.actions.${isPhrase(entry.action) ? phrases[entry.action] : 'other'}`);
  return t(role ? 'accessLog.sentenceWithRole' : 'accessLog.sentence', {
    who,
    role,
    what,
    date: formatDate(entry.at.slice(0, 10), language),
  });
}
