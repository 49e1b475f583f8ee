import { useTranslation } from 'react-i18next';
import { Link, Outlet, useOutletContext } from 'react-router';
import type { Participant } from '#shared/participants.ts';
import { Loading } from '#web/components/loading.tsx';
import { NotFoundPage } from '#web/components/not-found-page.tsx';
import { Page } from '#web/components/page.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { isApiError } from '#web/lib/api.ts';
import { MergedNotice } from '#web/same-person/merged-notice.tsx';
import { ReadOnlyWhenMerged } from '#web/same-person/read-only.tsx';
import { useParticipant } from './api.ts';
import { ParticipantTabs } from './participant-tabs.tsx';
import './participants.css';

/** The record's frame: her name, the sections of the file as links, and the section open now. */
export function ParticipantPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const participant = useParticipant(id);
  const p = participant.data;
  // No such participant in her unit (another unit's is not found either): trying again will not help.
  if (isApiError(participant.error) && participant.error.status === 404) return <NotFoundPage />;
  return (
    <Page title={p ? `${p.firstName} ${p.lastName}` : t('participants.title')} wide>
      {participant.isPending && <Loading />}
      {participant.error && <QueryError error={participant.error} retry={() => void participant.refetch()} />}
      {p && (
        <>
          <MergedNotice key={p.id} participant={p} />
          <ParticipantTabs id={p.id} />
          <ReadOnlyWhenMerged participant={p}>
            <Outlet context={p} />
          </ReadOnlyWhenMerged>
        </>
      )}
      <p>
        <Link to="/participants">{t('participants.back')}</Link>
      </p>
    </Page>
  );
}

/** The participant whose record is open, for the sections inside it. */
export const useRecordParticipant = (): Participant => useOutletContext<Participant>();
