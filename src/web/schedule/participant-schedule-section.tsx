import { useTranslation } from 'react-i18next';
import { useParticipantSchedule } from './api.ts';
import { ScheduleView } from './schedule-view.tsx';
import { useSchedulePeriod } from './use-schedule-period.ts';

/** Her week or month: the sessions she takes part in, her placements and her meetings, in one place. */
export function ParticipantScheduleSection({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const control = useSchedulePeriod();
  const events = useParticipantSchedule(participantId, control.period);
  return (
    <section aria-labelledby="schedule-title">
      <h2 id="schedule-title">{t('schedule.participantTitle')}</h2>
      <p>{t('schedule.participantLead')}</p>
      <ScheduleView
        id="participant-schedule"
        control={control}
        events={events}
        empty={t('schedule.emptyParticipant')}
      />
    </section>
  );
}
