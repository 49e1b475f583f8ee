import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { studyMilestoneKinds } from '#shared/milestones.ts';
import { Loading } from '#web/components/loading.tsx';
import { NotFoundPage } from '#web/components/not-found-page.tsx';
import { Notice } from '#web/components/notice.tsx';
import { Page } from '#web/components/page.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { isApiError } from '#web/lib/api.ts';
import { todayIso } from '#web/lib/format.ts';
import { useRecordPartnerMilestone, usePartnerRecord } from './api.ts';
import { MilestoneForm } from './milestone-form.tsx';
import { MilestoneTimeline } from './milestone-timeline.tsx';
import { emptyMilestone } from './milestone-values.ts';
import './milestones.css';

/** The school's view of one consented participant: name, birth year, her study progress, and recording more. */
export function PartnerParticipantPage() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const record = usePartnerRecord(id);
  const save = useRecordPartnerMilestone(id);
  const [formKey, setFormKey] = useState(0);
  const [saved, setSaved] = useState(false);
  if (record.isPending) return <Loading />;
  if (isApiError(record.error, 'not_found')) return <NotFoundPage />;
  if (record.error) return <QueryError error={record.error} retry={() => void record.refetch()} />;
  const { participant, milestones } = record.data;
  const name = `${participant.firstName} ${participant.lastName}`;
  return (
    <Page
      title={t('partner.studyTitle', { name })}
      lead={participant.birthYear ? t('partner.born', { year: participant.birthYear }) : undefined}
    >
      <p>
        <Link to="/partner">{t('partner.back')}</Link>
      </p>
      {saved && <Notice kind="success">{t('milestones.saved')}</Notice>}
      <h2 id="partner-timeline">{t('partner.progress')}</h2>
      {milestones.length === 0 ? (
        <p>{t('partner.noProgress')}</p>
      ) : (
        <MilestoneTimeline milestones={milestones} labelledBy="partner-timeline" />
      )}
      <MilestoneForm
        key={formKey}
        form="partner-milestone"
        title={t('partner.recordTitle')}
        submitLabel={t('milestones.record')}
        kinds={studyMilestoneKinds}
        initial={emptyMilestone(todayIso(), 'adult_education')}
        chooseSource={false}
        mutation={save}
        onDone={() => {
          setFormKey(formKey + 1);
          setSaved(true);
        }}
      />
    </Page>
  );
}
