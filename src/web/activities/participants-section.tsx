import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ActivityParticipant } from '#shared/activities.ts';
import type { ParticipantSummary } from '#shared/participants.ts';
import { useAbility } from '#web/auth/session-context.ts';
import { TextField } from '#web/components/field.tsx';
import { problemMessage } from '#web/components/form-errors.ts';
import { Loading } from '#web/components/loading.tsx';
import { Notice } from '#web/components/notice.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { TableRegion } from '#web/components/table-region.tsx';
import { formatDate, formatDateTime, todayIso } from '#web/lib/format.ts';
import { isApiError } from '#web/lib/api.ts';
import {
  clashesOf,
  useActivityParticipants,
  useJoinActivity,
  useLeaveActivity,
  useParticipantSearch,
} from './api.ts';

const fullName = (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName}`;

export function ParticipantsSection({ activityId }: { activityId: string }) {
  const { t, i18n } = useTranslation();
  const canManage = useAbility('activities.manage');
  const list = useActivityParticipants(activityId);
  const [leaving, setLeaving] = useState<string | null>(null);
  return (
    <section className="activity-section" aria-labelledby="participants-heading">
      <h2 id="participants-heading">{t('activities.members.title')}</h2>
      {list.isPending && <Loading />}
      {list.error && <QueryError error={list.error} retry={() => void list.refetch()} />}
      {list.data && list.data.length === 0 && <p>{t('activities.members.none')}</p>}
      {list.data && list.data.length > 0 && (
        <TableRegion labelledBy="participants-caption">
          <table className="table">
            <caption id="participants-caption">{t('activities.members.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('activities.members.name')}</th>
                <th scope="col">{t('activities.members.joined')}</th>
                <th scope="col">{t('activities.members.left')}</th>
                {canManage && <th scope="col">{t('activities.members.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {list.data.map((p) => (
                <tr key={p.participantId}>
                  <th scope="row">
                    <Link to={`/participants/${p.participantId}`}>{fullName(p)}</Link>
                  </th>
                  <td className="table__nowrap">{formatDate(p.joinedOn, i18n.language)}</td>
                  <td className="table__nowrap">{p.leftOn ? formatDate(p.leftOn, i18n.language) : '–'}</td>
                  {canManage && (
                    <td>
                      {!p.leftOn && leaving !== p.participantId && (
                        <button
                          type="button"
                          className="button-link"
                          onClick={() => setLeaving(p.participantId)}
                        >
                          {t('activities.members.leaveFor', { name: fullName(p) })}
                        </button>
                      )}
                      {leaving === p.participantId && (
                        <LeaveForm activityId={activityId} participant={p} onDone={() => setLeaving(null)} />
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      {canManage && <JoinForm activityId={activityId} taking={list.data ?? []} />}
    </section>
  );
}

function LeaveForm(props: { activityId: string; participant: ActivityParticipant; onDone: () => void }) {
  const { t } = useTranslation();
  const { activityId, participant, onDone } = props;
  const leave = useLeaveActivity(activityId);
  const [leftOn, setLeftOn] = useState(todayIso());
  const form = `leave-${participant.participantId}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    leave.mutate({ participantId: participant.participantId, leftOn }, { onSuccess: onDone });
  };
  return (
    <form className="leave-form" onSubmit={submit} noValidate>
      <TextField
        form={form}
        name="leftOn"
        type="date"
        label={t('activities.members.leftOn', { name: fullName(participant) })}
        width="medium"
        value={leftOn}
        onChange={(e) => setLeftOn(e.target.value)}
        error={leave.error ? problemMessage(t, leave.error) : undefined}
      />
      <div className="button-row">
        <button className="button button--small" type="submit" disabled={leave.isPending}>
          {t('activities.members.leave')}
        </button>
        <button type="button" className="button-link" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Search the unit's participants and add one; a clash with her other activities is shown before she is added anyway. */
function JoinForm({ activityId, taking }: { activityId: string; taking: ActivityParticipant[] }) {
  const { t, i18n } = useTranslation();
  const join = useJoinActivity(activityId);
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [joinedOn, setJoinedOn] = useState(todayIso());
  const [chosen, setChosen] = useState<ParticipantSummary | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const results = useParticipantSearch(q);
  const active = new Set(taking.filter((p) => !p.leftOn).map((p) => p.participantId));
  const form = 'activity-join';

  const add = (p: ParticipantSummary, confirmOverlap = false) => {
    setChosen(p);
    setAdded(null);
    join.mutate(
      { participantId: p.id, joinedOn, confirmOverlap },
      {
        onSuccess: () => {
          setAdded(fullName(p));
          setChosen(null);
        },
      },
    );
  };
  const clashes = clashesOf(join.error);

  return (
    <section className="activity-section" aria-labelledby={`${form}-heading`}>
      <h3 id={`${form}-heading`}>{t('activities.members.addTitle')}</h3>
      {added && <Notice kind="success">{t('activities.members.added', { name: added })}</Notice>}
      {join.error && chosen && (
        <div className="notice notice--warning" role="alert">
          {isApiError(join.error, 'activity_full') ? (
            <p>{t('activities.members.full')}</p>
          ) : clashes.length > 0 ? (
            <>
              <p>{t('activities.members.clash', { name: fullName(chosen) })}</p>
              <ul>
                {clashes.map((c) => (
                  <li key={`${c.title}-${c.startsAt}`}>
                    {c.title}, {formatDateTime(c.startsAt, i18n.language)}
                  </li>
                ))}
              </ul>
              <p>
                <button type="button" className="button" onClick={() => add(chosen, true)}>
                  {t('activities.members.addAnyway')}
                </button>
              </p>
            </>
          ) : (
            <p>{problemMessage(t, join.error)}</p>
          )}
        </div>
      )}
      <form
        className="activity-join"
        role="search"
        aria-label={t('activities.members.searchLabel')}
        onSubmit={(e) => {
          e.preventDefault();
          setQ(text.trim());
        }}
      >
        <TextField
          form={form}
          name="q"
          type="search"
          label={t('activities.members.search')}
          hint={t('activities.members.searchHint')}
          width="medium"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <button className="button button--secondary" type="submit">
          {t('activities.members.searchSubmit')}
        </button>
      </form>
      <TextField
        form={form}
        name="joinedOn"
        type="date"
        label={t('activities.members.joinedOn')}
        width="medium"
        value={joinedOn}
        onChange={(e) => setJoinedOn(e.target.value)}
      />
      {results.isFetching && <Loading />}
      {results.data && results.data.items.length === 0 && <p>{t('activities.members.noMatch')}</p>}
      {results.data && results.data.items.length > 0 && (
        <ul className="join-results" aria-label={t('activities.members.results')}>
          {results.data.items.map((p) => (
            <li key={p.id}>
              {fullName(p)}
              {p.birthDate && ` (${formatDate(p.birthDate, i18n.language)})`}{' '}
              {active.has(p.id) ? (
                <span className="muted">{t('activities.members.already')}</span>
              ) : (
                <button
                  type="button"
                  className="button button--small button--secondary"
                  disabled={join.isPending}
                  onClick={() => add(p)}
                >
                  {t('activities.members.addFor', { name: fullName(p) })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
