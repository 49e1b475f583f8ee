import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EsfEntry } from '#shared/funder-report.ts';
import { useAbility } from '#web/auth/session-context.ts';
import { Loading } from '#web/components/loading.tsx';
import { Notice } from '#web/components/notice.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { formatDate } from '#web/lib/format.ts';
import { useEsfEntries } from './api.ts';
import { EsfEntryForm } from './esf-entry-form.tsx';
import { EsfProblems } from './esf-problems.tsx';
import './funder-report.css';

/** The case file's ESF+ section: her entry and exit data for each programme she is or was enrolled in. */
export function EsfSection({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const stays = useEsfEntries(participantId);
  const [saved, setSaved] = useState<{ kind: 'success' | 'info'; text: string } | null>(null);
  const latest = (programmeId: string) => async () =>
    (await stays.refetch({ throwOnError: true })).data?.find((s) => s.programmeId === programmeId);
  return (
    <section aria-labelledby="esf-title">
      <h2 id="esf-title">{t('funderReport.section.title')}</h2>
      <p>{t('funderReport.section.intro')}</p>
      {saved && <Notice kind={saved.kind}>{saved.text}</Notice>}
      {stays.isPending && <Loading />}
      {stays.error && <QueryError error={stays.error} retry={() => void stays.refetch()} />}
      {stays.data?.length === 0 && <p>{t('funderReport.section.empty')}</p>}
      {stays.data?.map((stay) => (
        <Stay
          key={stay.programmeId}
          participantId={participantId}
          stay={stay}
          latest={latest(stay.programmeId)}
          onSaved={(s) =>
            setSaved({
              kind: 'success',
              text: t('funderReport.section.saved', { programme: s.programmeName }),
            })
          }
          onRecordedByOther={() => {
            setSaved({ kind: 'info', text: t('funderReport.section.recordedByOther') });
            void stays.refetch();
          }}
        />
      ))}
    </section>
  );
}

type StayProps = {
  participantId: string;
  stay: EsfEntry;
  latest: () => Promise<EsfEntry | undefined>;
  onSaved: (stay: EsfEntry) => void;
  onRecordedByOther: () => void;
};

function Stay({ participantId, stay, latest, onSaved, onRecordedByOther }: StayProps) {
  const { t, i18n } = useTranslation();
  const canWrite = useAbility('esf_entries.write');
  const headingId = `esf-${stay.programmeId}-title`;
  return (
    <article aria-labelledby={headingId} className="esf-stay">
      <h3 id={headingId}>{stay.programmeName}</h3>
      <dl className="esf-stay__facts">
        <dt>{t('funderReport.section.entryOn')}</dt>
        <dd>{formatDate(stay.entryOn, i18n.language)}</dd>
        <dt>{t('funderReport.section.exitedOn')}</dt>
        <dd>
          {stay.exitedOn ? formatDate(stay.exitedOn, i18n.language) : t('funderReport.section.stillIn')}
        </dd>
        <dt>{t('funderReport.section.ageBand')}</dt>
        <dd>
          {stay.ageBand
            ? t(`funderReport.options.ageBand.${stay.ageBand}`)
            : t('funderReport.section.noBirthDate')}
        </dd>
        {stay.entry && (
          <>
            <dt>{t('funderReport.section.code')}</dt>
            <dd>{stay.entry.code}</dd>
          </>
        )}
      </dl>
      <p className="muted">{t('funderReport.section.reEntry')}</p>
      <EsfProblems problems={stay.problems} />
      {canWrite ? (
        <EsfEntryForm
          key={stay.entry?.version ?? 'new'}
          participantId={participantId}
          stay={stay}
          latest={latest}
          onSaved={onSaved}
          onRecordedByOther={onRecordedByOther}
        />
      ) : (
        <p>{t('funderReport.section.readOnly')}</p>
      )}
    </article>
  );
}
