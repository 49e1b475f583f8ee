import type { Enrolment } from '#shared/enrolments.ts';

export type EnrolmentRow = Omit<Enrolment, 'programmeName'> & { programmeName: string };

/** Selects enrolments in the contract's shape (with the programme's name). */
export const enrolmentSelect = `
  select e.id, e.participant_id as "participantId", e.programme_id as "programmeId", p.name as "programmeName",
         e.started_on as "startedOn", e.exited_on as "exitedOn", e.exit_reason as "exitReason",
         e.exit_status as "exitStatus", e.exit_note as "exitNote", e.version
    from enrolments e join programmes p on p.id = e.programme_id`;

export const presentEnrolment = (row: EnrolmentRow): Enrolment => row;
