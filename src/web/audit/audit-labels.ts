import type { TFunction } from 'i18next';
import type { AuditEntry } from '#shared/audit.ts';

/** The catalogue's name for an action ('auth.login' → 'Inloggning'), or the action itself when it has none. */
export function actionLabel(t: TFunction, action: string): string {
  const labels = t('audit.actions', { returnObjects: true }) as Record<string, string>;
  return labels[action.replaceAll('.', '_')] ?? action;
}

/** The action groups offered as filters: each is a prefix of the action names. */
export const actionGroups = ['auth', 'setup', 'user', 'unit', 'participant', 'audit'] as const;

/** What an entry is about, in words: a named account, unit or organisation when known, else its kind and a short id. */
export function subjectLabel(t: TFunction, entry: AuditEntry, names: Map<string, string>): string {
  // Ids are time-ordered (UUIDv7): their start is a timestamp, their end tells them apart.
  const short = (id: string) => id.slice(-8);
  if (entry.participantId) return `${t('audit.subjects.participant')} ${short(entry.participantId)}`;
  if (!entry.subjectType || !entry.subjectId) return '';
  const kinds = t('audit.subjects', { returnObjects: true }) as Record<string, string>;
  const kind = kinds[entry.subjectType] ?? entry.subjectType;
  const detailName = typeof entry.details.name === 'string' ? entry.details.name : undefined;
  const name = names.get(entry.subjectId) ?? detailName;
  return name ? `${kind}: ${name}` : `${kind} ${short(entry.subjectId)}`;
}
