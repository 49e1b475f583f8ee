import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '#web/components/page.tsx';
import { useOwnSchedule } from './api.ts';
import { ScheduleView } from './schedule-view.tsx';
import { useSchedulePeriod } from './use-schedule-period.ts';

/** "Mitt schema": the sessions I lead and my meetings, by week or month, and the way to my calendar app. */
export function MySchedulePage() {
  const { t } = useTranslation();
  const control = useSchedulePeriod();
  const events = useOwnSchedule(control.period);
  return (
    <Page
      title={t('schedule.title')}
      lead={
        <>
          {t('schedule.lead')} <Link to="/calendar">{t('schedule.feedLink')}</Link>
        </>
      }
      wide
    >
      <ScheduleView
        id="my-schedule"
        control={control}
        events={events}
        empty={t('schedule.emptyOwn')}
        level={2}
      />
    </Page>
  );
}
