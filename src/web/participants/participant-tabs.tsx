import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { ConversationTabLabel } from '#web/conversations/conversation-tab.tsx';

export const recordSections = [
  'overview',
  'journal',
  'kartlaggning',
  'plan',
  'schedule',
  'meetings',
  'team',
  'contacts',
  'attendance',
  'conversation',
  'messages',
  'consents',
  'enrolments',
  'placements',
  'milestones',
  'language-friend',
  'app-access',
  'same-person',
  'access-log',
] as const;
export type RecordSection = (typeof recordSections)[number];

/** The parts of the file as links (each a route of its own, so each can be bookmarked and shared). */
export function ParticipantTabs({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <nav className="record-tabs" aria-label={t('record.tabsLabel')}>
      <ul className="record-tabs__list">
        {recordSections.map((section) => (
          <li key={section}>
            <NavLink
              className="record-tabs__link"
              to={section === 'overview' ? `/participants/${id}` : `/participants/${id}/${section}`}
              end
            >
              {section === 'conversation' ? (
                <ConversationTabLabel participantId={id} />
              ) : section === 'same-person' ? (
                t('samePerson.tab')
              ) : section === 'app-access' ? (
                t('participantApp.tab')
              ) : section === 'language-friend' ? (
                t('languageFriends.tab')
              ) : (
                t(`record.tabs.${section}`)
              )}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
