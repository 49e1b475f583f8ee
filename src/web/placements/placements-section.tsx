import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAbility } from '#web/auth/session-context.ts';
import { Loading } from '#web/components/loading.tsx';
import { Notice } from '#web/components/notice.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { usePlan } from '#web/plans/api.ts';
import { usePlacements } from './api.ts';
import { EmployerSuggestionsPanel } from './employer-suggestions.tsx';
import { PlacementCard } from './placement-card.tsx';
import { PlacementCreateForm } from './placement-create-form.tsx';
import './placements.css';

/** Her time with employers: placements with their follow-up and evaluations, suggestions, and booking. */
export function PlacementsSection({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const canRead = useAbility('placements.read');
  return (
    <section aria-labelledby="placements-title">
      <h2 id="placements-title">{t('placements.title')}</h2>
      {canRead ? <Placements participantId={participantId} /> : <p>{t('placements.noAccess')}</p>}
    </section>
  );
}

type Booking = { employerId: string; kind: string; key: number };

function Placements({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const placements = usePlacements(participantId);
  const plan = usePlan(participantId);
  const canWrite = useAbility('placements.write');
  const [notice, setNotice] = useState<string | null>(null);
  // Each booking opens a fresh form (a suggestion's button prefills the employer).
  const [booking, setBooking] = useState<Booking | null>(null);
  const goals = plan.data?.goals ?? [];
  const book = (employerId: string, kind: string) => {
    setNotice(null);
    setBooking({ employerId, kind, key: Date.now() });
  };

  return (
    <>
      <p className="lead">{t('placements.lead')}</p>
      {notice && <Notice kind="success">{notice}</Notice>}
      {placements.isPending && <Loading />}
      {placements.error && <QueryError error={placements.error} retry={() => void placements.refetch()} />}
      {placements.data?.length === 0 && <p>{t('placements.empty')}</p>}
      {placements.data?.map((placement) => (
        <PlacementCard
          key={placement.id}
          participantId={participantId}
          placement={placement}
          goals={goals}
          canWrite={canWrite}
          onNotice={setNotice}
          latest={async () =>
            (await placements.refetch({ throwOnError: true })).data?.find((p) => p.id === placement.id)
          }
        />
      ))}
      <EmployerSuggestionsPanel
        participantId={participantId}
        goals={goals}
        onBook={canWrite ? (employerId) => book(employerId, 'internship') : undefined}
      />
      {canWrite &&
        (booking ? (
          <PlacementCreateForm
            key={booking.key}
            participantId={participantId}
            employerId={booking.employerId}
            kind={booking.kind}
            goals={goals}
            onDone={() => {
              setBooking(null);
              setNotice(t('placements.created'));
            }}
            onCancel={() => setBooking(null)}
          />
        ) : (
          <p>
            <button type="button" className="button button--secondary" onClick={() => book('', '')}>
              {t('placements.newLink')}
            </button>
          </p>
        ))}
    </>
  );
}
