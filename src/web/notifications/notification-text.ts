import type { TFunction } from 'i18next';
import type { Notification } from '#shared/teams.ts';

const known = ['team.added', 'team.responsible', 'caseload.reassigned', 'plan.step_assigned'] as const;
type Known = (typeof known)[number];
const isKnown = (kind: string): kind is Known => (known as readonly string[]).includes(kind);

const keys: Record<Known, 'teamAdded' | 'teamResponsible' | 'caseloadReassigned' | 'stepAssigned'> = {
  'team.added': 'teamAdded',
  'team.responsible': 'teamResponsible',
  'caseload.reassigned': 'caseloadReassigned',
  'plan.step_assigned': 'stepAssigned',
};

/** One notice in a sentence: who did what, with a fallback for kinds this version does not know yet. */
export function notificationText(
  t: TFunction,
  n: Pick<Notification, 'kind' | 'payload'> & Partial<Pick<Notification, 'participantName'>>,
): string {
  const by = typeof n.payload.by === 'string' ? n.payload.by : t('notifications.someone');
  const count = typeof n.payload.count === 'number' ? n.payload.count : 0;
  const title = typeof n.payload.title === 'string' ? n.payload.title : '';
  const participant = n.participantName ?? t('notifications.aParticipant');
  if (!isKnown(n.kind)) return t('notifications.kinds.other');
  return t(`notifications.kinds.${keys[n.kind]}`, { by, count, title, participant });
}
