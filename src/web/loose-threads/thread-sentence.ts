import type { TFunction } from 'i18next';
import { looseThreadKinds, type LooseThread } from '#shared/plans.ts';
import { formatDate } from '#web/lib/format.ts';

type Kind = LooseThread['kind'];

/** One loose thread in plain words: "Ingen kontakt sedan 2 mars", "Steget ’Anmälan till SFI’ skulle …". */
export function threadSentence(t: TFunction, lang: string, thread: LooseThread): string {
  const date = thread.date ? formatDate(thread.date, lang) : '';
  const title = thread.title ?? '';
  switch (thread.kind) {
    case 'no_contact':
      return date
        ? t('looseThreads.sentences.noContact', { date })
        : t('looseThreads.sentences.noContactEver');
    case 'overdue_step':
      return t('looseThreads.sentences.overdueStep', { title, date });
    case 'unowned_step':
      return t('looseThreads.sentences.unownedStep', { title });
    case 'no_plan':
      return t('looseThreads.sentences.noPlan', { date });
    case 'assessment_due':
      return date
        ? t('looseThreads.sentences.assessmentDue', { date })
        : t('looseThreads.sentences.assessmentNever');
    case 'exit_soon':
      return t('looseThreads.sentences.exitSoon', { date });
    case 'follow_up_due':
      return t('looseThreads.sentences.followUpDue', { date });
    case 'unread_message':
      return t('looseThreads.sentences.unreadMessage', { date });
    case 'check_in_unanswered':
      return t('looseThreads.sentences.checkInUnanswered', { date });
  }
}

const sections: Record<Kind, string> = {
  no_contact: 'contacts',
  overdue_step: 'plan',
  unowned_step: 'plan',
  no_plan: 'plan',
  assessment_due: 'kartlaggning',
  exit_soon: 'enrolments',
  follow_up_due: 'milestones',
  unread_message: 'conversation',
  check_in_unanswered: 'language-friend',
};

/** The section of her file where the thread can be tied up. */
export const threadPath = (thread: Pick<LooseThread, 'kind' | 'participantId'>): string =>
  `/participants/${encodeURIComponent(thread.participantId)}/${sections[thread.kind]}`;

/** The threads by kind, in a fixed order, leaving out kinds with none. */
export function groupThreads(threads: readonly LooseThread[]): { kind: Kind; items: LooseThread[] }[] {
  return looseThreadKinds
    .map((kind) => ({ kind, items: threads.filter((thread) => thread.kind === kind) }))
    .filter((group) => group.items.length > 0);
}
