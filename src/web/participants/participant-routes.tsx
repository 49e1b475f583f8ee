import { Route, Routes, useParams } from 'react-router';
import { AccessLogSection } from '#web/access-log/access-log-section.tsx';
import { AssessmentsSection } from '#web/assessments/assessments-section.tsx';
import { RequireAbility } from '#web/auth/require-ability.tsx';
import { NotFoundPage } from '#web/components/not-found-page.tsx';
import { AppAccessSection } from '#web/participant-access/app-access-section.tsx';
import { ParticipantAttendanceSection } from '#web/activities/participant-attendance-section.tsx';
import { ConsentsSection } from '#web/consents/consents-section.tsx';
import { ContactsSection } from '#web/contacts/contacts-section.tsx';
import { ConversationSection } from '#web/conversations/conversation-section.tsx';
import { EnrolmentsSection } from '#web/enrolments/enrolments-section.tsx';
import { JournalSection } from '#web/journal/journal-section.tsx';
import { MeetingsSection } from '#web/meetings/meetings-section.tsx';
import { MessagesSection } from '#web/messages/messages-section.tsx';
import { MilestonesSection } from '#web/milestones/milestones-section.tsx';
import { EsfSection } from '#web/funder-report/esf-section.tsx';
import { PlanPrintPage } from '#web/plans/plan-print-page.tsx';
import { PlanSection } from '#web/plans/plan-section.tsx';
import { PlacementsSection } from '#web/placements/placements-section.tsx';
import { ParticipantScheduleSection } from '#web/schedule/participant-schedule-section.tsx';
import { SamePersonSection } from '#web/same-person/same-person-section.tsx';
import { TeamSection } from '#web/teams/team-section.tsx';
import { LanguageFriendSection } from '#web/volunteers/language-friend-section.tsx';
import { ParticipantCreatePage } from './participant-create-page.tsx';
import { ParticipantEditPage } from './participant-edit-page.tsx';
import { ParticipantOverview } from './participant-overview.tsx';
import { ParticipantPage, useRecordParticipant } from './participant-page.tsx';

/** The record's sections, each under its own path: /participants/:id, /participants/:id/journal, … */
export function ParticipantRoutes() {
  const id = useParams().id ?? '';
  if (id === 'new')
    return (
      <RequireAbility ability="participants.write">
        <ParticipantCreatePage />
      </RequireAbility>
    );
  return (
    <Routes>
      <Route
        path="edit"
        element={
          <RequireAbility ability="participants.write">
            <ParticipantEditPage id={id} />
          </RequireAbility>
        }
      />
      <Route path="plan/print" element={<PlanPrintPage id={id} />} />
      <Route element={<ParticipantPage id={id} />}>
        <Route index element={<Overview />} />
        <Route path="journal" element={<JournalSection participantId={id} />} />
        <Route path="kartlaggning" element={<AssessmentsSection participantId={id} />} />
        <Route path="plan" element={<PlanSection participantId={id} />} />
        <Route path="schedule" element={<ParticipantScheduleSection participantId={id} />} />
        <Route path="meetings" element={<MeetingsSection participantId={id} />} />
        <Route path="team" element={<TeamSection participantId={id} />} />
        <Route path="contacts" element={<ContactsSection participantId={id} />} />
        <Route path="attendance" element={<ParticipantAttendanceSection participantId={id} />} />
        <Route path="conversation" element={<ConversationSection participantId={id} />} />
        <Route path="messages" element={<MessagesSection participantId={id} />} />
        <Route path="consents" element={<ConsentsSection participantId={id} />} />
        <Route path="enrolments" element={<EnrolmentsSection participantId={id} />} />
        <Route path="placements" element={<PlacementsSection participantId={id} />} />
        <Route path="milestones" element={<MilestonesSection participantId={id} />} />
        <Route path="esf" element={<EsfSection participantId={id} />} />
        <Route path="language-friend" element={<LanguageFriendSection participantId={id} />} />
        <Route path="app-access" element={<AppAccessSection participantId={id} />} />
        <Route path="same-person" element={<SamePersonSection participantId={id} />} />
        <Route path="access-log" element={<AccessLogSection participantId={id} />} />
      </Route>
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

function Overview() {
  return <ParticipantOverview participant={useRecordParticipant()} />;
}
