import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { ConversationTabLabel } from '#web/conversations/conversation-tab.tsx';

/** The parts of the file in groups a coach thinks in: twenty tabs in one wrapping row were hard to scan. */
const recordSectionGroups = {
  case: ['overview', 'journal', 'kartlaggning', 'plan', 'team', 'contacts', 'consents'],
  work: ['schedule', 'meetings', 'attendance', 'enrolments', 'placements', 'language-friend'],
  outcomes: ['milestones', 'esf'],
  contact: ['conversation', 'messages', 'app-access'],
  about: ['same-person', 'access-log'],
} as const;
type Group = keyof typeof recordSectionGroups;
type RecordSection = (typeof recordSectionGroups)[Group][number];

/** The parts of the file as links (each a route of its own, so each can be bookmarked and shared). */
export function ParticipantTabs({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <nav className="record-tabs" aria-label={t('record.tabsLabel')}>
      {(Object.keys(recordSectionGroups) as Group[]).map((group) => (
        <SectionGroup key={group} group={group} participantId={id} />
      ))}
    </nav>
  );
}

function SectionGroup({ group, participantId }: { group: Group; participantId: string }) {
  const { t } = useTranslation();
  const labelId = useId();
  return (
    <div className="record-tabs__group">
      <p className="record-tabs__group-label" id={labelId}>
        {t(`record.tabGroups.${group}`)}
      </p>
      <ul className="record-tabs__list" aria-labelledby={labelId}>
        {recordSectionGroups[group].map((section) => (
          <li key={section}>
            <NavLink
              className="record-tabs__link"
              to={
                section === 'overview'
                  ? `/participants/${participantId}`
                  : `/participants/${participantId}/${section}`
              }
              end
            >
              <SectionLabel section={section} participantId={participantId} />
            </NavLink>
          </li>
        ))}
      </ul>
    </div>
  );
}

function SectionLabel({ section, participantId }: { section: RecordSection; participantId: string }) {
  const { t } = useTranslation();
  if (section === 'conversation') return <ConversationTabLabel participantId={participantId} />;
  if (section === 'same-person') return t('samePerson.tab');
  if (section === 'app-access') return t('participantApp.tab');
  if (section === 'language-friend') return t('languageFriends.tab');
  return t(`record.tabs.${section}`);
}
