import { useTranslation } from 'react-i18next';
import { Link, Outlet, useOutletContext } from 'react-router';
import type { Participant } from '#shared/participants.ts';
import { Loading } from '#web/components/loading.tsx';
import { Page } from '#web/components/page.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { useParticipant } from './api.ts';
import { ParticipantTabs } from './participant-tabs.tsx';
import './participants.css';

/** The record's frame: her name, the sections of the file as links, and the section open now. */
export function ParticipantPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const participant = useParticipant(id);
  const p = participant.data;
  return (
    <Page title={p ? `${p.firstName} ${p.lastName}` : t('participants.title')} wide>
      {participant.isPending && <Loading />}
      {participant.error && <QueryError error={participant.error} retry={() => void participant.refetch()} />}
      {p && (
        <>
          <ParticipantTabs id={p.id} />
          <Outlet context={p} />
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
