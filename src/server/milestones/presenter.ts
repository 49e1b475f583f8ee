import type { FollowUp, Milestone } from '#shared/milestones.ts';

export type MilestoneRow = {
  id: string;
  participant_id: string;
  kind: Milestone['kind'];
  happened_on: string;
  source: Milestone['source'];
  sfi_path: number | null;
  sfi_course: Milestone['sfiCourse'];
  sfi_grade: Milestone['sfiGrade'];
  national_test: Milestone['nationalTest'];
  study_form: Milestone['studyForm'];
  employment_type: Milestone['employmentType'];
  hours_per_week: string | number | null;
  other_label: string | null;
  note: string | null;
  recorded_by_name: string | null;
  recorded_at: Date;
  corrects: string | null;
};

/**
 * The milestones that stand: no later row corrects them and they are not a retraction. `$1` is the participant;
 * the caller adds its own order. Row-level security leaves a partner her study milestones only.
 */
export const standingMilestonesSql = `
  select m.*, u.name as recorded_by_name
    from milestones m left join users u on u.id = m.recorded_by
   where m.participant_id = $1 and not m.retracted
     and not exists (select 1 from milestones c where c.corrects = m.id)`;

const num = (v: string | number | null) => (v === null ? null : Number(v));

export const presentMilestone = (r: MilestoneRow): Milestone => ({
  id: r.id,
  participantId: r.participant_id,
  kind: r.kind,
  happenedOn: r.happened_on,
  source: r.source,
  sfiPath: r.sfi_path,
  sfiCourse: r.sfi_course,
  sfiGrade: r.sfi_grade,
  nationalTest: r.national_test,
  studyForm: r.study_form,
  employmentType: r.employment_type,
  hoursPerWeek: num(r.hours_per_week),
  otherLabel: r.other_label,
  note: r.note,
  recordedByName: r.recorded_by_name,
  recordedAt: r.recorded_at.toISOString(),
  corrects: r.corrects,
});

export type FollowUpRow = {
  id: string;
  participant_id: string;
  enrolment_id: string;
  programme_name: string;
  exited_on: string;
  months: number;
  due_on: string;
  status: FollowUp['status'];
  situation: FollowUp['situation'];
  hours_per_week: string | number | null;
  note: string | null;
  done_on: string | null;
  done_by_name: string | null;
  cancel_reason: FollowUp['cancelReason'];
  version: number;
};

export const followUpSelect = `
  select f.*, pr.name as programme_name, e.exited_on, u.name as done_by_name
    from follow_ups f
    join enrolments e on e.id = f.enrolment_id
    join programmes pr on pr.id = e.programme_id
    left join users u on u.id = f.done_by`;

export const presentFollowUp = (r: FollowUpRow): FollowUp => ({
  id: r.id,
  participantId: r.participant_id,
  enrolmentId: r.enrolment_id,
  programmeName: r.programme_name,
  exitedOn: r.exited_on,
  months: r.months,
  dueOn: r.due_on,
  status: r.status,
  situation: r.situation,
  hoursPerWeek: num(r.hours_per_week),
  note: r.note,
  doneOn: r.done_on,
  doneByName: r.done_by_name,
  cancelReason: r.cancel_reason,
  version: r.version,
});
