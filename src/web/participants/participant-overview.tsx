import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { formatIdentityNumber } from '#shared/identity-number.ts';
import type { Participant } from '#shared/participants.ts';
import { useAbility } from '#web/auth/session-context.ts';
import { Notice } from '#web/components/notice.tsx';
import { formatDate, formatDateTime } from '#web/lib/format.ts';
import { LanguageName } from './language-name.tsx';

/** The record's first section: who she is, her languages, contact details, household and background. */
export function ParticipantOverview({ participant: p }: { participant: Participant }) {
  const { t } = useTranslation();
  const state = useLocation().state as { saved?: boolean; created?: boolean } | null;
  const canWrite = useAbility('participants.write');
  return (
    <>
      {state?.created && (
        <Notice kind="success">{t('participants.created', { name: `${p.firstName} ${p.lastName}` })}</Notice>
      )}
      {state?.saved && <Notice kind="success">{t('participants.saved')}</Notice>}
      <ParticipantRecord participant={p} />
      {canWrite && (
        <p>
          <Link className="button" to={`/participants/${p.id}/edit`}>
            {t('participants.editLink')}
          </Link>
        </p>
      )}
    </>
  );
}

function Section({ title, rows }: { title: string; rows: [string, ReactNode][] }) {
  return (
    <section>
      <h2>{title}</h2>
      <dl className="record">
        {rows.map(([label, value]) => (
          <div key={label} style={{ display: 'contents' }}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function ParticipantRecord({ participant: p }: { participant: Participant }) {
  const { t, i18n } = useTranslation();
  const none = <span className="field__optional">{t('participants.notGiven')}</span>;
  const or = (value: ReactNode) => (value === null || value === '' ? none : value);
  const label = <K extends string>(prefix: string, value: K | null) =>
    value === null ? none : t(`participants.${prefix}.${value}` as never);

  return (
    <>
      <Section
        title={t('participants.legends.identity')}
        rows={[
          [
            t('participants.identityNumberShort'),
            or(p.identityNumber && formatIdentityNumber(p.identityNumber)),
          ],
          [t('participants.birthDate'), or(p.birthDate && formatDate(p.birthDate, i18n.language))],
          [t('participants.gender'), label('genders', p.gender)],
        ]}
      />
      <Section
        title={t('participants.legends.languages')}
        rows={[
          [
            t('participants.languages'),
            p.languages.length
              ? p.languages.map((code, i) => (
                  <span key={code}>
                    {i > 0 && ', '}
                    <LanguageName code={code} />
                  </span>
                ))
              : none,
          ],
          [
            t('participants.interpreter'),
            p.interpreterNeeded && p.interpreterLanguage ? (
              <LanguageName code={p.interpreterLanguage} />
            ) : (
              t('participants.interpreterNo')
            ),
          ],
        ]}
      />
      <Section
        title={t('participants.legends.contact')}
        rows={[
          [t('participants.phone'), or(p.phone)],
          [t('participants.email'), or(p.email)],
          [t('participants.preferredChannel'), label('channels', p.preferredChannel)],
          [t('participants.residentialArea'), or(p.residentialArea)],
        ]}
      />
      <Section
        title={t('participants.legends.household')}
        rows={[
          [t('participants.householdAdults'), or(p.householdAdults)],
          [
            t('participants.children'),
            p.childrenAges.length ? p.childrenAges.join(', ') : t('participants.childrenNone'),
          ],
          [t('participants.arrivalYear'), or(p.arrivalYear)],
        ]}
      />
      <Section
        title={t('participants.legends.background')}
        rows={[
          [t('participants.educationLevel'), label('educationLevels', p.educationLevel)],
          [t('participants.schoolingYears'), or(p.schoolingYears)],
          [t('participants.firstLanguageLiteracy'), label('literacy', p.firstLanguageLiteracy)],
          [t('participants.workExperience'), or(p.workExperience)],
          [t('participants.labourMarketStatus'), label('labourMarketStatuses', p.labourMarketStatus)],
          [t('participants.incomeSource'), label('incomeSources', p.incomeSource)],
        ]}
      />
      <p className="field__hint">
        {t('participants.registered')}: {formatDateTime(p.createdAt, i18n.language)}
        {p.updatedAt && ` · ${t('participants.updatedAt')}: ${formatDateTime(p.updatedAt, i18n.language)}`}
      </p>
    </>
  );
}
