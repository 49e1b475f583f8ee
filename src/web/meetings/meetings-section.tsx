import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '#shared/meetings.ts';
import { useAbility } from '#web/auth/session-context.ts';
import { Loading } from '#web/components/loading.tsx';
import { Notice } from '#web/components/notice.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { useMeetings } from './api.ts';
import { MeetingForm } from './meeting-form.tsx';
import { MeetingItem } from './meeting-item.tsx';
import './meetings.css';

/** Her individual meetings: the coming ones first, then those past (newest first); booking a new one. */
export function MeetingsSection({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const meetings = useMeetings(participantId);
  const canWrite = useAbility('meetings.write');
  const [booking, setBooking] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [now] = useState(() => Date.now());
  const all = meetings.data ?? [];
  const upcoming = all.filter((m) => Date.parse(m.endsAt) >= now);
  const past = all.filter((m) => Date.parse(m.endsAt) < now).reverse();
  const latest = async (id: string) =>
    (await meetings.refetch({ throwOnError: true })).data?.find((m) => m.id === id);

  return (
    <section aria-labelledby="meetings-title">
      <h2 id="meetings-title">{t('meetings.title')}</h2>
      <p>{t('meetings.intro')}</p>
      {saved && <Notice kind="success">{saved}</Notice>}
      {meetings.isPending && <Loading />}
      {meetings.error && <QueryError error={meetings.error} retry={() => void meetings.refetch()} />}
      {canWrite &&
        (booking ? (
          <MeetingForm
            participantId={participantId}
            latest={latest}
            onCancel={() => setBooking(false)}
            onDone={(m) => {
              setBooking(false);
              setSaved(t('meetings.booked', { title: m.title }));
            }}
          />
        ) : (
          <p>
            <button
              type="button"
              className="button"
              onClick={() => {
                setSaved(null);
                setBooking(true);
              }}
            >
              {t('meetings.bookLink')}
            </button>
          </p>
        ))}
      {meetings.data && all.length === 0 && <p>{t('meetings.empty')}</p>}
      {upcoming.length > 0 && (
        <MeetingList
          heading={t('meetings.upcoming')}
          id="meetings-upcoming"
          items={upcoming}
          participantId={participantId}
          latest={latest}
          onSaved={setSaved}
        />
      )}
      {past.length > 0 && (
        <MeetingList
          heading={t('meetings.past')}
          id="meetings-past"
          items={past}
          participantId={participantId}
          latest={latest}
          onSaved={setSaved}
        />
      )}
    </section>
  );
}

type ListProps = {
  heading: string;
  id: string;
  items: Meeting[];
  participantId: string;
  latest: (id: string) => Promise<Meeting | undefined>;
  onSaved: (message: string) => void;
};

function MeetingList({ heading, id, items, participantId, latest, onSaved }: ListProps) {
  return (
    <>
      <h3 id={id}>{heading}</h3>
      <ul className="meeting-list" aria-labelledby={id}>
        {items.map((m) => (
          <MeetingItem
            key={m.id}
            meeting={m}
            participantId={participantId}
            latest={latest}
            onSaved={onSaved}
          />
        ))}
      </ul>
    </>
  );
}
