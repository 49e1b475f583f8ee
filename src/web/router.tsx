import { createBrowserRouter } from 'react-router';
import { TemplatePublishPage } from './assessment-templates/template-publish-page.tsx';
import { TemplatesPage } from './assessment-templates/templates-page.tsx';
import { ActivitiesPage } from './activities/activities-page.tsx';
import { ActivityCreatePage } from './activities/activity-create-page.tsx';
import { ActivityEditPage } from './activities/activity-edit-page.tsx';
import { ActivityPage } from './activities/activity-page.tsx';
import { LessonCreatePage } from './lessons/lesson-create-page.tsx';
import { LessonEditPage } from './lessons/lesson-edit-page.tsx';
import { LessonPage } from './lessons/lesson-page.tsx';
import { LessonsPage } from './lessons/lessons-page.tsx';
import { AttendancePage } from './activities/attendance-page.tsx';
import { UnitHoursPage } from './activities/unit-hours-page.tsx';
import { AuditPage } from './audit/audit-page.tsx';
import { CalendarPage } from './calendar/calendar-page.tsx';
import { MySchedulePage } from './schedule/my-schedule-page.tsx';
import { CodePage } from './auth/code-page.tsx';
import { EmployerCreatePage } from './employers/employer-create-page.tsx';
import { EmployerEditPage } from './employers/employer-edit-page.tsx';
import { EmployerPage } from './employers/employer-page.tsx';
import { EmployersPage } from './employers/employers-page.tsx';
import { EnrolPage } from './auth/enrol-page.tsx';
import { LoginPage } from './auth/login-page.tsx';
import { PasswordPage } from './auth/password-page.tsx';
import { RequireAbility } from './auth/require-ability.tsx';
import { RequireSession } from './auth/require-session.tsx';
import { AppShell } from './components/app-shell.tsx';
import { NotFoundPage } from './components/not-found-page.tsx';
import { PublicLayout } from './components/public-layout.tsx';
import { RouteError } from './components/route-error.tsx';
import { DashboardPage } from './dashboards/dashboard-page.tsx';
import { HomePage } from './home/home-page.tsx';
import { LooseThreadsPage } from './loose-threads/loose-threads-page.tsx';
import { OutcomeSettingsPage } from './milestones/outcome-settings-page.tsx';
import { FunderReportPage } from './funder-report/funder-report-page.tsx';
import { PartnerPage } from './milestones/partner-page.tsx';
import { PartnerParticipantPage } from './milestones/partner-participant-page.tsx';
import { NotificationsPage } from './notifications/notifications-page.tsx';
import { EvaluationPage } from './placements/evaluation-page.tsx';
import { AreasPage } from './volunteers/areas-page.tsx';
import { MatchPage } from './volunteers/match-page.tsx';
import { ProposalsPage } from './volunteers/proposals-page.tsx';
import { VolunteerLinkPage } from './volunteers/volunteer-link-page.tsx';
import { RegisterPage } from './volunteers/register-page.tsx';
import { VolunteerPage } from './volunteers/volunteer-page.tsx';
import { VolunteersPage } from './volunteers/volunteers-page.tsx';
import { ParticipantImportPage } from './participant-import/participant-import-page.tsx';
import { ParticipantRoutes } from './participants/participant-routes.tsx';
import { ParticipantsPage } from './participants/participants-page.tsx';
import { ConsentPurposesPage } from './consent-purposes/consent-purposes-page.tsx';
import { ProgrammeEditPage } from './programmes/programme-edit-page.tsx';
import { ProgrammesPage } from './programmes/programmes-page.tsx';
import { SetupPage } from './setup/setup-page.tsx';
import { CaseloadPage } from './teams/caseload-page.tsx';
import { ReassignPage } from './teams/reassign-page.tsx';
import { UnitEditPage } from './units/unit-edit-page.tsx';
import { UnitsPage } from './units/units-page.tsx';
import { UserCreatePage } from './users/user-create-page.tsx';
import { UserEditPage } from './users/user-edit-page.tsx';
import { UsersPage } from './users/users-page.tsx';

export const router = createBrowserRouter([
  {
    errorElement: <RouteError />,
    children: [
      {
        element: <PublicLayout />,
        children: [
          { path: '/setup', element: <SetupPage /> },
          { path: '/login', element: <LoginPage /> },
          { path: '/login/code', element: <CodePage /> },
          { path: '/login/enrol', element: <EnrolPage /> },
          { path: '/password', element: <PasswordPage /> },
          { path: '/evaluation', element: <EvaluationPage /> },
          { path: '/sprakvan/:unitId', element: <RegisterPage /> },
          { path: '/language-friend', element: <VolunteerLinkPage /> },
        ],
      },
      {
        element: (
          <RequireSession>
            <AppShell />
          </RequireSession>
        ),
        children: [
          { index: true, element: <HomePage /> },
          {
            path: '/units',
            element: (
              <RequireAbility ability="units.list">
                <UnitsPage />
              </RequireAbility>
            ),
          },
          {
            path: '/units/:id',
            element: (
              <RequireAbility ability="units.manage">
                <UnitEditPage />
              </RequireAbility>
            ),
          },
          {
            path: '/users',
            element: (
              <RequireAbility ability="users.list">
                <UsersPage />
              </RequireAbility>
            ),
          },
          {
            path: '/users/new',
            element: (
              <RequireAbility ability="users.manage">
                <UserCreatePage />
              </RequireAbility>
            ),
          },
          {
            path: '/users/:id',
            element: (
              <RequireAbility ability="users.manage">
                <UserEditPage />
              </RequireAbility>
            ),
          },
          {
            path: '/programmes',
            element: (
              <RequireAbility ability="programmes.list">
                <ProgrammesPage />
              </RequireAbility>
            ),
          },
          {
            path: '/consent-purposes',
            element: (
              <RequireAbility ability="consent_purposes.manage">
                <ConsentPurposesPage />
              </RequireAbility>
            ),
          },
          {
            path: '/programmes/:id',
            element: (
              <RequireAbility ability="programmes.manage">
                <ProgrammeEditPage />
              </RequireAbility>
            ),
          },
          {
            path: '/employers',
            element: (
              <RequireAbility ability="employers.read">
                <EmployersPage />
              </RequireAbility>
            ),
          },
          {
            path: '/employers/new',
            element: (
              <RequireAbility ability="employers.write">
                <EmployerCreatePage />
              </RequireAbility>
            ),
          },
          {
            path: '/employers/:id',
            element: (
              <RequireAbility ability="employers.read">
                <EmployerPage />
              </RequireAbility>
            ),
          },
          {
            path: '/employers/:id/edit',
            element: (
              <RequireAbility ability="employers.write">
                <EmployerEditPage />
              </RequireAbility>
            ),
          },
          {
            path: '/lessons',
            element: (
              <RequireAbility ability="lessons.read">
                <LessonsPage />
              </RequireAbility>
            ),
          },
          {
            path: '/lessons/new',
            element: (
              <RequireAbility ability="lessons.write">
                <LessonCreatePage />
              </RequireAbility>
            ),
          },
          {
            path: '/lessons/:id',
            element: (
              <RequireAbility ability="lessons.read">
                <LessonPage />
              </RequireAbility>
            ),
          },
          {
            path: '/lessons/:id/edit',
            element: (
              <RequireAbility ability="lessons.write">
                <LessonEditPage />
              </RequireAbility>
            ),
          },
          {
            path: '/activities',
            element: (
              <RequireAbility ability="activities.read">
                <ActivitiesPage />
              </RequireAbility>
            ),
          },
          {
            path: '/activities/new',
            element: (
              <RequireAbility ability="activities.manage">
                <ActivityCreatePage />
              </RequireAbility>
            ),
          },
          {
            path: '/dashboard',
            element: (
              <RequireAbility ability="dashboards.read">
                <DashboardPage />
              </RequireAbility>
            ),
          },
          {
            path: '/activities/hours',
            element: (
              <RequireAbility ability="hours.export">
                <UnitHoursPage />
              </RequireAbility>
            ),
          },
          {
            path: '/activities/:id',
            element: (
              <RequireAbility ability="activities.read">
                <ActivityPage />
              </RequireAbility>
            ),
          },
          {
            path: '/activities/:id/edit',
            element: (
              <RequireAbility ability="activities.manage">
                <ActivityEditPage />
              </RequireAbility>
            ),
          },
          {
            path: '/activity-sessions/:id/attendance',
            element: (
              <RequireAbility ability="activities.read">
                <AttendancePage />
              </RequireAbility>
            ),
          },
          {
            path: '/schedule',
            element: (
              <RequireAbility ability="calendar.own">
                <MySchedulePage />
              </RequireAbility>
            ),
          },
          {
            path: '/calendar',
            element: (
              <RequireAbility ability="calendar.own">
                <CalendarPage />
              </RequireAbility>
            ),
          },
          {
            path: '/audit',
            element: (
              <RequireAbility ability="audit.read">
                <AuditPage />
              </RequireAbility>
            ),
          },
          {
            path: '/participants',
            element: (
              <RequireAbility ability="participants.read">
                <ParticipantsPage />
              </RequireAbility>
            ),
          },
          {
            path: '/participants/import',
            element: (
              <RequireAbility ability="participants.write">
                <ParticipantImportPage />
              </RequireAbility>
            ),
          },
          { path: '/participants/:id/*', element: <ParticipantRoutes /> },
          {
            path: '/funder-report',
            element: (
              <RequireAbility ability="funder_report.export">
                <FunderReportPage />
              </RequireAbility>
            ),
          },
          {
            path: '/outcome-settings',
            element: (
              <RequireAbility ability="outcome_settings.manage">
                <OutcomeSettingsPage />
              </RequireAbility>
            ),
          },
          {
            path: '/partner',
            element: (
              <RequireAbility ability="partner.read">
                <PartnerPage />
              </RequireAbility>
            ),
          },
          {
            path: '/partner/:id',
            element: (
              <RequireAbility ability="partner.read">
                <PartnerParticipantPage />
              </RequireAbility>
            ),
          },
          {
            path: '/caseload',
            element: (
              <RequireAbility ability="participants.read">
                <CaseloadPage />
              </RequireAbility>
            ),
          },
          {
            path: '/caseload/assign',
            element: (
              <RequireAbility ability="caseload.manage">
                <ReassignPage />
              </RequireAbility>
            ),
          },
          {
            path: '/loose-threads',
            element: (
              <RequireAbility ability="participants.read">
                <LooseThreadsPage />
              </RequireAbility>
            ),
          },
          {
            path: '/templates',
            element: (
              <RequireAbility ability="templates.read">
                <TemplatesPage />
              </RequireAbility>
            ),
          },
          {
            path: '/templates/:key/new',
            element: (
              <RequireAbility ability="templates.manage">
                <TemplatePublishPage />
              </RequireAbility>
            ),
          },
          {
            path: '/volunteers',
            element: (
              <RequireAbility ability="volunteers.read">
                <VolunteersPage />
              </RequireAbility>
            ),
          },
          {
            path: '/volunteers/areas',
            element: (
              <RequireAbility ability="areas.manage">
                <AreasPage />
              </RequireAbility>
            ),
          },
          {
            path: '/volunteers/proposals',
            element: (
              <RequireAbility ability="language_friend_matches.read">
                <ProposalsPage />
              </RequireAbility>
            ),
          },
          {
            path: '/volunteers/matches/:id',
            element: (
              <RequireAbility ability="language_friend_matches.read">
                <MatchPage />
              </RequireAbility>
            ),
          },
          {
            path: '/volunteers/:id',
            element: (
              <RequireAbility ability="volunteers.read">
                <VolunteerPage />
              </RequireAbility>
            ),
          },
          {
            path: '/notifications',
            element: (
              <RequireAbility ability="notifications.read">
                <NotificationsPage />
              </RequireAbility>
            ),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
