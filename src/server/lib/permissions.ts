import { roles, type Role } from '#shared/roles.ts';

const staffReadingCases = [
  'unit_manager',
  'coach',
  'case_worker',
  'teacher',
  'language_supporter',
  'family_supporter',
  'volunteer_coordinator',
] as const satisfies readonly Role[];

/**
 * The one permission matrix: each action and the roles that may take it. Routes name an action;
 * services check it again. Administrators manage accounts and units but do not read case files;
 * analysts see aggregates only.
 */
export const permissions = {
  'units.list': ['administrator', 'unit_manager'],
  'units.manage': ['administrator'],
  'users.list': ['administrator'],
  'users.manage': ['administrator'],
  'audit.read': ['administrator', 'unit_manager'],
  'participants.read': staffReadingCases,
  'participants.write': ['unit_manager', 'coach', 'case_worker'],
  // Linking says "probably the same person"; merging moves a whole history, so it is for fewer roles.
  'participants.link': ['unit_manager', 'coach', 'case_worker'],
  'participants.merge': ['unit_manager', 'coach'],
  // The participant app: inviting her, and ending her sessions (a lost phone).
  'participants.invite': ['unit_manager', 'coach', 'case_worker'],
  'programmes.list': ['administrator', 'analyst', ...staffReadingCases],
  'programmes.manage': ['administrator'],
  'employers.read': staffReadingCases,
  'employers.write': ['unit_manager', 'coach', 'case_worker'],
  'placements.read': staffReadingCases,
  'placements.write': ['unit_manager', 'coach', 'case_worker'],
  // Individual meetings: everyone who meets participants one to one books them (not the volunteer coordinator).
  'meetings.read': staffReadingCases,
  'meetings.write': [
    'unit_manager',
    'coach',
    'case_worker',
    'teacher',
    'language_supporter',
    'family_supporter',
  ],
  // Language friends: the volunteer coordinator screens volunteers and keeps the unit's areas.
  'volunteers.read': ['unit_manager', 'volunteer_coordinator'],
  'volunteers.manage': ['unit_manager', 'volunteer_coordinator'],
  'areas.manage': ['unit_manager', 'volunteer_coordinator'],
  // Language-friend matches: proposals, the match's steps, its log and check-ins, the figures.
  'language_friend_matches.read': ['unit_manager', 'volunteer_coordinator'],
  'language_friend_matches.manage': ['unit_manager', 'volunteer_coordinator'],
  // A participant's wish for a language friend, marked from her case file.
  'language_friend_interest.read': staffReadingCases,
  'language_friend_interest.write': ['unit_manager', 'coach', 'case_worker', 'volunteer_coordinator'],
  'enrolments.write': ['unit_manager', 'coach', 'case_worker'],
  // Steps towards work and follow-ups after an exit; teachers record SFI progress too.
  'milestones.read': staffReadingCases,
  'milestones.write': ['unit_manager', 'coach', 'case_worker', 'teacher'],
  'follow_ups.write': ['unit_manager', 'coach', 'case_worker'],
  'outcome_settings.manage': ['administrator'],
  // Dashboards: a unit's staff their unit; administrator and analyst the organisation, small counts hidden.
  'dashboards.read': ['administrator', 'analyst', ...staffReadingCases],
  // ESF+ entry and exit data: sensitive items (health, ethnicity-like) for those who see the case file only.
  'esf_entries.read': staffReadingCases,
  'esf_entries.write': ['unit_manager', 'coach', 'case_worker'],
  // The funder's monthly lists: the administrator across units (pseudonymous), a unit manager her unit.
  'funder_report.export': ['administrator', 'unit_manager'],
  // The adult-education school: participants who consented to sharing with it, and their study progress only.
  'partner.read': ['partner'],
  'partner.record': ['partner'],
  'consents.write': ['unit_manager', 'coach', 'case_worker'],
  'consent_purposes.read': ['administrator', ...staffReadingCases],
  'consent_purposes.manage': ['administrator'],
  'teams.write': ['unit_manager', 'coach', 'case_worker'],
  'caseload.manage': ['unit_manager'],
  'notifications.read': roles,
  'journal.write': staffReadingCases,
  'contacts.write': staffReadingCases,
  'assessments.write': ['unit_manager', 'coach', 'case_worker', 'family_supporter', 'language_supporter'],
  'templates.manage': ['administrator'],
  'templates.read': ['administrator', ...staffReadingCases],
  'activities.read': staffReadingCases,
  // Teachers run the group activities; coaches and the supporters plan them with them.
  'activities.manage': ['unit_manager', 'coach', 'teacher', 'language_supporter', 'family_supporter'],
  'attendance.write': ['unit_manager', 'coach', 'teacher', 'language_supporter', 'family_supporter'],
  // The unit's attested hours per participant (the report funders ask for), on screen and as files.
  'hours.export': ['unit_manager', 'coach', 'case_worker', 'teacher'],
  'calendar.own': staffReadingCases,
  'calendar.participants': ['unit_manager', 'coach', 'case_worker'],
  // Every message sent to a participant (reminders), and pausing them (e.g. during sick leave).
  'messages.read': staffReadingCases,
  // Samtal: her two-way conversation with the team, read and answered by everyone who sees her case file.
  'conversations.read': staffReadingCases,
  'conversations.write': staffReadingCases,
  'reminders.manage': ['unit_manager', 'coach', 'case_worker', 'teacher'],
  // Video lessons: teachers (and the unit manager) record and answer; coaches follow who watched.
  'lessons.read': ['unit_manager', 'coach', 'teacher'],
  'lessons.write': ['unit_manager', 'teacher'],
  'plans.write': [
    'unit_manager',
    'coach',
    'case_worker',
    'teacher',
    'language_supporter',
    'family_supporter',
  ],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

export function can(role: Role, permission: Permission): boolean {
  return (permissions[permission] as readonly Role[]).includes(role);
}

export function abilitiesOf(role: Role): Permission[] {
  return (Object.keys(permissions) as Permission[]).filter((p) => can(role, p));
}
