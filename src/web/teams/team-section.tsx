import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAbility } from '#web/auth/session-context.ts';
import { problemMessage } from '#web/components/form-errors.ts';
import { Loading } from '#web/components/loading.tsx';
import { Notice } from '#web/components/notice.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { TableRegion } from '#web/components/table-region.tsx';
import { useRemoveTeamMember, useTeam } from './api.ts';
import { TeamAddForm } from './team-add-form.tsx';

/** Her arbetslag: the staff around her, one of them the responsible coach. */
export function TeamSection({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const team = useTeam(participantId);
  const remove = useRemoveTeamMember(participantId);
  const canWrite = useAbility('teams.write');
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <section aria-labelledby="team-title">
      <h2 id="team-title">{t('team.title')}</h2>
      {notice && <Notice kind="success">{notice}</Notice>}
      {remove.error && <Notice kind="warning">{problemMessage(t, remove.error)}</Notice>}
      {team.isPending && <Loading />}
      {team.error && <QueryError error={team.error} retry={() => void team.refetch()} />}
      {team.data?.length === 0 && <p>{t('team.empty')}</p>}
      {team.data && team.data.length > 0 && !team.data.some((m) => m.responsible) && (
        <Notice kind="warning">{t('team.noResponsible')}</Notice>
      )}
      {team.data && team.data.length > 0 && (
        <TableRegion labelledBy="team-caption">
          <table className="table">
            <caption id="team-caption">{t('team.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('team.name')}</th>
                <th scope="col">{t('team.teamRole')}</th>
                <th scope="col">{t('team.responsible')}</th>
                {canWrite && <th scope="col">{t('team.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {team.data.map((m) => (
                <tr key={m.id}>
                  <th scope="row">{m.name}</th>
                  <td>{t(`team.roles.${m.teamRole}`)}</td>
                  <td>{m.responsible && <span className="tag tag--accent">{t('team.responsible')}</span>}</td>
                  {canWrite && (
                    <td>
                      <button
                        type="button"
                        className="button-link"
                        disabled={remove.isPending}
                        onClick={() =>
                          remove.mutate(m.id, {
                            onSuccess: () => setNotice(t('team.removed', { name: m.name })),
                          })
                        }
                      >
                        {t('team.remove', { name: m.name })}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      {canWrite && team.data && (
        <TeamAddForm
          participantId={participantId}
          team={team.data}
          onAdded={(name) => setNotice(t('team.added', { name }))}
        />
      )}
    </section>
  );
}
