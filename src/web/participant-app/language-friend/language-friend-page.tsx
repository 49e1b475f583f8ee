import type { MyLanguageFriend } from '#shared/language-friends.ts';
import { formatDateTime } from '../lib/format.ts';
import { useI18n } from '../lib/i18n.tsx';
import { useApi } from '../lib/use-api.ts';
import { LoadState, MapLink } from '../shell/load-state.tsx';
import { Page } from '../shell/page.tsx';

/** Min språkvän: her match (the volunteer's first name, languages and interests) and their next meeting. */
export default function LanguageFriendPage() {
  const { t, language } = useI18n();
  const state = useApi<MyLanguageFriend>('/api/me/language-friend');
  const match = state.data?.match;
  const languageName = (code: string) => {
    try {
      return new Intl.DisplayNames([language.locale], { type: 'language' }).of(code) ?? code;
    } catch {
      return code;
    }
  };
  return (
    <Page title={t('languageFriend.title')} lead={t('languageFriend.lead')}>
      <LoadState state={state} />
      {state.data && !match && <p>{t('languageFriend.none')}</p>}
      {match && (
        <div className="p-card">
          <h2>{match.volunteerFirstName}</h2>
          <p>{t(`languageFriend.status.${match.status}`)}</p>
          {match.languages.length > 0 && (
            <p>{t('languageFriend.languages', { list: match.languages.map(languageName).join(', ') })}</p>
          )}
          {match.interests.length > 0 && (
            <p>{t('languageFriend.interests', { list: match.interests.join(', ') })}</p>
          )}
          <h3>{t('languageFriend.next')}</h3>
          {match.nextMeeting ? (
            <>
              <p>{formatDateTime(new Date(match.nextMeeting.startsAt), language)}</p>
              {(match.nextMeeting.place ?? match.meetingPlace) && (
                <p>
                  {match.nextMeeting.place ?? match.meetingPlace}{' '}
                  <MapLink place={(match.nextMeeting.place ?? match.meetingPlace)!} />
                </p>
              )}
            </>
          ) : (
            <p>{t('languageFriend.noMeeting')}</p>
          )}
        </div>
      )}
    </Page>
  );
}
