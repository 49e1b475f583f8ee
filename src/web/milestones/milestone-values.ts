import type { TFunction } from 'i18next';
import { milestoneDetails, type FollowUp, type Milestone, type MilestoneKind } from '#shared/milestones.ts';
import { formatDate } from '#web/lib/format.ts';

/** The form's values, all strings as the controls hold them. */
export type MilestoneValues = {
  kind: string;
  happenedOn: string;
  source: string;
  sfiPath: string;
  sfiCourse: string;
  sfiGrade: string;
  nationalTest: string;
  studyForm: string;
  employmentType: string;
  hoursPerWeek: string;
  otherLabel: string;
  note: string;
};
export type DetailField = Exclude<keyof MilestoneValues, 'kind' | 'happenedOn' | 'source' | 'note'>;

export const emptyMilestone = (today: string, source = 'coach'): MilestoneValues => ({
  kind: '',
  happenedOn: today,
  source,
  sfiPath: '',
  sfiCourse: '',
  sfiGrade: '',
  nationalTest: '',
  studyForm: '',
  employmentType: '',
  hoursPerWeek: '',
  otherLabel: '',
  note: '',
});

const isKind = (kind: string): kind is MilestoneKind => Object.hasOwn(milestoneDetails, kind);

/** The detail fields the chosen kind asks for, in the order the form shows them. */
export const detailFieldsOf = (kind: string): DetailField[] =>
  isKind(kind) ? (milestoneDetails[kind].allowed as DetailField[]) : [];

const numberOrNull = (v: string) => {
  const trimmed = v.trim().replace(',', '.');
  return trimmed === '' ? null : Number(trimmed);
};

/**
 * The values as the API wants them: only the details of the chosen kind (what was typed for another kind
 * before switching is left out), numbers as numbers, empty as not given.
 */
export function milestoneInput(v: MilestoneValues): Record<string, unknown> {
  const input: Record<string, unknown> = {
    kind: v.kind,
    happenedOn: v.happenedOn,
    source: v.source,
    note: v.note.trim() || null,
  };
  for (const field of detailFieldsOf(v.kind)) {
    const raw = v[field];
    if (field === 'sfiPath' || field === 'hoursPerWeek') input[field] = numberOrNull(raw);
    else input[field] = raw.trim() || null;
  }
  return input;
}

/** A standing milestone as form values, to correct it. */
export const valuesFromMilestone = (m: Milestone): MilestoneValues => ({
  kind: m.kind,
  happenedOn: m.happenedOn,
  source: m.source,
  sfiPath: m.sfiPath === null ? '' : String(m.sfiPath),
  sfiCourse: m.sfiCourse ?? '',
  sfiGrade: m.sfiGrade ?? '',
  nationalTest: m.nationalTest ?? '',
  studyForm: m.studyForm ?? '',
  employmentType: m.employmentType ?? '',
  hoursPerWeek: m.hoursPerWeek === null ? '' : String(m.hoursPerWeek),
  otherLabel: m.otherLabel ?? '',
  note: m.note ?? '',
});

/** The milestone's heading in words: "SFI-kurs godkänd", or the label of an "other" one. */
export const milestoneTitle = (t: TFunction, m: Pick<Milestone, 'kind' | 'otherLabel'>): string =>
  m.kind === 'other' && m.otherLabel ? m.otherLabel : t(`milestones.kinds.${m.kind}`);

/** Its details in one line: "Studieväg 2, kurs C, godkänd, nationellt prov godkänt". */
export function milestoneDetailLine(t: TFunction, m: Milestone): string {
  const parts: string[] = [];
  if (m.sfiPath !== null) parts.push(t('milestones.detail.path', { path: m.sfiPath }));
  if (m.sfiCourse) parts.push(t('milestones.detail.course', { course: m.sfiCourse }));
  if (m.sfiGrade) parts.push(t(`milestones.grades.${m.sfiGrade}`));
  if (m.nationalTest) parts.push(t(`milestones.nationalTests.${m.nationalTest}`));
  if (m.studyForm) parts.push(t(`milestones.studyForms.${m.studyForm}`));
  if (m.employmentType) parts.push(t(`milestones.employmentTypes.${m.employmentType}`));
  if (m.hoursPerWeek !== null) parts.push(t('milestones.detail.hours', { hours: m.hoursPerWeek }));
  return parts.join(', ');
}

/** Open follow-ups first, by due date; then the done and cancelled ones, newest first. */
export function sortFollowUps(followUps: readonly FollowUp[]): FollowUp[] {
  const open = followUps.filter((f) => f.status === 'open').sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  const closed = followUps.filter((f) => f.status !== 'open').sort((a, b) => b.dueOn.localeCompare(a.dueOn));
  return [...open, ...closed];
}

/** "Förfallen sedan 3 maj", "Ska göras 3 maj", or what was recorded. */
export function followUpState(t: TFunction, lang: string, f: FollowUp, today: string): string {
  if (f.status === 'cancelled') return t('followUps.cancelled');
  if (f.status === 'done')
    return t('followUps.doneOn', { date: formatDate(f.doneOn ?? f.dueOn, lang), name: f.doneByName ?? '' });
  const date = formatDate(f.dueOn, lang);
  return f.dueOn <= today ? t('followUps.dueSince', { date }) : t('followUps.dueOn', { date });
}
