import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { milestoneKinds, type FollowUp, type Milestone } from '#shared/milestones.ts';
import { useAbility } from '#web/auth/session-context.ts';
import { Loading } from '#web/components/loading.tsx';
import { Notice } from '#web/components/notice.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { formatDate, todayIso } from '#web/lib/format.ts';
import { useCorrectMilestone, useOutcomes, useRecordMilestone } from './api.ts';
import { FollowUpForm } from './follow-up-form.tsx';
import { MilestoneForm } from './milestone-form.tsx';
import { MilestoneTimeline } from './milestone-timeline.tsx';
import { emptyMilestone, followUpState, sortFollowUps, valuesFromMilestone } from './milestone-values.ts';
import './milestones.css';

/** Steg mot arbete: her milestones as a timeline, recording and correcting them, and her follow-ups after exits. */
export function MilestonesSection({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const outcomes = useOutcomes(participantId);
  const canWrite = useAbility('milestones.write');
  const canFollowUp = useAbility('follow_ups.write');
  const record = useRecordMilestone(participantId);
  const [saved, setSaved] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [correcting, setCorrecting] = useState<string | null>(null);
  const [following, setFollowing] = useState<string | null>(null);
  const data = outcomes.data;
  return (
    <section aria-labelledby="milestones-title">
      <h2 id="milestones-title">{t('milestones.title')}</h2>
      {saved && <Notice kind="success">{saved}</Notice>}
      {outcomes.isPending && <Loading />}
      {outcomes.error && <QueryError error={outcomes.error} retry={() => void outcomes.refetch()} />}
      {data && (
        <>
          <h3 id="milestones-timeline">{t('milestones.timeline')}</h3>
          {data.milestones.length === 0 ? (
            <p>{t('milestones.empty')}</p>
          ) : (
            <MilestoneTimeline
              milestones={data.milestones}
              labelledBy="milestones-timeline"
              after={(m) =>
                canWrite &&
                (correcting === m.id ? (
                  <Correction
                    participantId={participantId}
                    milestone={m}
                    otherLabels={data.otherLabels}
                    onDone={(message) => {
                      setCorrecting(null);
                      setSaved(message);
                    }}
                    onCancel={() => setCorrecting(null)}
                  />
                ) : (
                  <button
                    className="button button--secondary"
                    type="button"
                    onClick={() => setCorrecting(m.id)}
                  >
                    {t('milestones.correct')}
                    <span className="visually-hidden">
                      : {m.kind === 'other' ? m.otherLabel : t(`milestones.kinds.${m.kind}`)}
                    </span>
                  </button>
                ))
              }
            />
          )}
          {canWrite && (
            <MilestoneForm
              key={formKey}
              form="milestone"
              title={t('milestones.recordTitle')}
              submitLabel={t('milestones.record')}
              kinds={milestoneKinds}
              initial={emptyMilestone(todayIso())}
              otherLabels={data.otherLabels}
              mutation={record}
              onDone={() => {
                setFormKey(formKey + 1);
                setSaved(t('milestones.saved'));
              }}
            />
          )}
          <h3 id="follow-ups-title">{t('followUps.title')}</h3>
          {data.followUps.length === 0 ? (
            <p>{t('followUps.empty')}</p>
          ) : (
            <ul className="follow-ups__list" aria-labelledby="follow-ups-title">
              {sortFollowUps(data.followUps).map((f) => (
                <FollowUpItem
                  key={f.id}
                  followUp={f}
                  open={following === f.id}
                  canRecord={canFollowUp}
                  onOpen={() => setFollowing(f.id)}
                  onClose={() => setFollowing(null)}
                  participantId={participantId}
                  onDone={() => {
                    setFollowing(null);
                    setSaved(t('followUps.saved'));
                  }}
                />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

type CorrectionProps = {
  participantId: string;
  milestone: Milestone;
  otherLabels: string[];
  onDone: (message: string) => void;
  onCancel: () => void;
};

function Correction({ participantId, milestone, otherLabels, onDone, onCancel }: CorrectionProps) {
  const { t } = useTranslation();
  const correct = useCorrectMilestone(participantId, milestone.id);
  return (
    <>
      <MilestoneForm
        form={`correct-${milestone.id}`}
        title={t('milestones.correctTitle')}
        submitLabel={t('milestones.saveCorrection')}
        kinds={milestoneKinds}
        initial={valuesFromMilestone(milestone)}
        otherLabels={otherLabels}
        mutation={correct}
        onDone={() => onDone(t('milestones.correctionSaved'))}
        onCancel={onCancel}
      />
      <p>
        <button
          className="button button--secondary"
          type="button"
          disabled={correct.isPending}
          onClick={() =>
            correct.mutate({ retract: true }, { onSuccess: () => onDone(t('milestones.retracted')) })
          }
        >
          {t('milestones.retract')}
        </button>
      </p>
    </>
  );
}

type FollowUpItemProps = {
  participantId: string;
  followUp: FollowUp;
  open: boolean;
  canRecord: boolean;
  onOpen: () => void;
  onClose: () => void;
  onDone: () => void;
};

function FollowUpItem({
  participantId,
  followUp: f,
  open,
  canRecord,
  onOpen,
  onClose,
  onDone,
}: FollowUpItemProps) {
  const { t, i18n } = useTranslation();
  return (
    <li className="follow-ups__item">
      <h4>
        {t('followUps.heading', {
          months: f.months,
          programme: f.programmeName,
          date: formatDate(f.exitedOn, i18n.language),
        })}
      </h4>
      <p className="milestones__meta">{followUpState(t, i18n.language, f, todayIso())}</p>
      {f.situation && (
        <p className="milestones__meta">
          {t(`followUps.situations.${f.situation}`)}
          {f.hoursPerWeek !== null && `, ${t('milestones.detail.hours', { hours: f.hoursPerWeek })}`}
          {f.note && `. ${f.note}`}
        </p>
      )}
      {f.status === 'open' &&
        canRecord &&
        (open ? (
          <FollowUpForm participantId={participantId} followUp={f} onDone={onDone} onCancel={onClose} />
        ) : (
          <button className="button button--secondary" type="button" onClick={onOpen}>
            {t('followUps.recordButton', { months: f.months })}
          </button>
        ))}
    </li>
  );
}
