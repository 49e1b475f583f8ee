import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Enrolment } from '#shared/enrolments.ts';
import { useAbility } from '#web/auth/session-context.ts';
import { Loading } from '#web/components/loading.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { TableRegion } from '#web/components/table-region.tsx';
import { formatDate } from '#web/lib/format.ts';
import { useEnrolments } from './api.ts';
import { EnrolForm } from './enrol-form.tsx';
import { ExitForm } from './exit-form.tsx';

/** Inskrivning and avslut: the programmes she is or was enrolled in. */
export function EnrolmentsSection({ participantId }: { participantId: string }) {
  const { t, i18n } = useTranslation();
  const enrolments = useEnrolments(participantId);
  const canWrite = useAbility('enrolments.write');
  const [exiting, setExiting] = useState<Enrolment | null>(null);
  const date = (d: string) => formatDate(d, i18n.language);

  return (
    <section aria-labelledby="enrolments-title">
      <h2 id="enrolments-title">{t('enrolments.title')}</h2>
      {enrolments.isPending && <Loading />}
      {enrolments.error && <QueryError error={enrolments.error} retry={() => void enrolments.refetch()} />}
      {enrolments.data?.length === 0 && <p>{t('enrolments.empty')}</p>}
      {enrolments.data && enrolments.data.length > 0 && (
        <TableRegion labelledBy="enrolments-caption">
          <table className="table">
            <caption id="enrolments-caption">{t('enrolments.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('enrolments.programme')}</th>
                <th scope="col">{t('enrolments.startedOn')}</th>
                <th scope="col">{t('enrolments.exitedOn')}</th>
                <th scope="col">{t('enrolments.outcome')}</th>
                {canWrite && <th scope="col">{t('enrolments.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {enrolments.data.map((e) => (
                <tr key={e.id}>
                  <th scope="row">{e.programmeName}</th>
                  <td className="table__nowrap">{date(e.startedOn)}</td>
                  <td className="table__nowrap">
                    {e.exitedOn ? (
                      date(e.exitedOn)
                    ) : (
                      <span className="tag tag--success">{t('enrolments.ongoing')}</span>
                    )}
                  </td>
                  <td>
                    {e.exitReason && t(`enrolments.reasons.${e.exitReason}`)}
                    {e.exitStatus && ` · ${t(`enrolments.statuses.${e.exitStatus}`)}`}
                    {e.exitNote && <p className="field__hint">{e.exitNote}</p>}
                  </td>
                  {canWrite && (
                    <td>
                      {!e.exitedOn && (
                        <button
                          type="button"
                          className="button-link"
                          onClick={() => setExiting(e)}
                          aria-label={t('enrolments.exitLabel', { programme: e.programmeName })}
                        >
                          {t('enrolments.exit')}
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      {canWrite && exiting && (
        <ExitForm key={exiting.id} enrolment={exiting} onDone={() => setExiting(null)} />
      )}
      {canWrite && <EnrolForm participantId={participantId} />}
    </section>
  );
}
