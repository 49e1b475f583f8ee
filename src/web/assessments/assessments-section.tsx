import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAbility } from '#web/auth/session-context.ts';
import { Loading } from '#web/components/loading.tsx';
import { Notice } from '#web/components/notice.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { TableRegion } from '#web/components/table-region.tsx';
import type { Assessment } from '#shared/assessments.ts';
import { formatDate } from '#web/lib/format.ts';
import { useAssessments, useTemplates } from './api.ts';
import { AssessmentForm } from './assessment-form.tsx';
import { DistanceView } from './distance-view.tsx';
import './assessments.css';

/** Kartläggning: the assessments made so far, a new one, and the distance travelled between two. */
export function AssessmentsSection({ participantId }: { participantId: string }) {
  const { t, i18n } = useTranslation();
  const canWrite = useAbility('assessments.write');
  const assessments = useAssessments(participantId);
  const templates = useTemplates();
  /** The form that is open: a new assessment, or the id of the saved one being changed. */
  const [writing, setWriting] = useState<'new' | string | null>(null);
  const [saved, setSaved] = useState(false);
  const template = templates.data?.[0];
  const list = assessments.data ?? [];
  const editing = list.find((a) => a.id === writing);
  // Only an assessment whose template version is at hand can be shown in the form.
  const templateOf = (a: Assessment) => templates.data?.find((tpl) => tpl.id === a.templateId);
  const editTemplate = editing && templateOf(editing);
  const open = (what: 'new' | string) => {
    setSaved(false);
    setWriting(what);
  };
  const done = () => {
    setWriting(null);
    setSaved(true);
  };
  const latest = async (id: string) =>
    (await assessments.refetch({ throwOnError: true })).data?.find((a) => a.id === id);

  return (
    <section aria-labelledby="assessments-title">
      <h2 id="assessments-title">{t('assessments.title')}</h2>
      <p>{t('assessments.lead')}</p>
      {saved && <Notice kind="success">{t('assessments.saved')}</Notice>}
      {(assessments.isPending || templates.isPending) && <Loading />}
      {assessments.error && <QueryError error={assessments.error} retry={() => void assessments.refetch()} />}
      {templates.error && <QueryError error={templates.error} retry={() => void templates.refetch()} />}
      {assessments.data?.length === 0 && <p>{t('assessments.empty')}</p>}
      {list.length > 0 && (
        <TableRegion labelledBy="assessments-caption">
          <table className="table">
            <caption id="assessments-caption">{t('assessments.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('assessments.assessedOn')}</th>
                <th scope="col">{t('assessments.assessedBy')}</th>
                <th scope="col">{t('assessments.domainsRated')}</th>
                <th scope="col">{t('assessments.template')}</th>
                {canWrite && <th scope="col">{t('assessments.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {list.map((a) => (
                <tr key={a.id}>
                  <th scope="row">{formatDate(a.assessedOn, i18n.language)}</th>
                  <td>{a.assessedByName}</td>
                  <td>{Object.values(a.domains).filter((d) => d.rating != null).length}</td>
                  <td>
                    {a.templateKey} v{a.templateVersion}
                  </td>
                  {canWrite && (
                    <td>
                      {templateOf(a) && (
                        <button
                          type="button"
                          className="button-link"
                          aria-label={t('assessments.editTitle', {
                            date: formatDate(a.assessedOn, i18n.language),
                          })}
                          onClick={() => open(a.id)}
                        >
                          {t('common.edit')}
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
      {canWrite && template && writing === null && (
        <p>
          <button type="button" className="button" onClick={() => open('new')}>
            {t('assessments.new')}
          </button>
        </p>
      )}
      {canWrite && template && writing === 'new' && (
        <AssessmentForm
          participantId={participantId}
          template={template}
          latest={latest}
          onDone={done}
          onCancel={() => setWriting(null)}
        />
      )}
      {canWrite && editing && editTemplate && (
        <AssessmentForm
          key={editing.id}
          participantId={participantId}
          template={editTemplate}
          assessment={editing}
          latest={latest}
          onDone={done}
          onCancel={() => setWriting(null)}
        />
      )}
      {list.length >= 2 && templates.data && (
        <DistanceView participantId={participantId} assessments={list} templates={templates.data} />
      )}
      {list.length === 1 && <p>{t('assessments.distanceNeedsTwo')}</p>}
    </section>
  );
}
