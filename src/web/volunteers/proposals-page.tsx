import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { reasonText, type ProposedPairView } from '#shared/language-friends.ts';
import { TextField } from '#web/components/field.tsx';
import { Loading } from '#web/components/loading.tsx';
import { Notice } from '#web/components/notice.tsx';
import { Page } from '#web/components/page.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { matchProblem } from './match-problem.ts';
import { useAcceptPair, useAlternatives, useProposals, useRejectPair } from './matches-api.ts';
import './volunteers.css';

/** The engine's proposals for the unit: each pair with its score and reasons; accept, change or reject. */
export function ProposalsPage() {
  const { t } = useTranslation();
  const proposals = useProposals();
  const p = proposals.data;
  return (
    <Page
      title={t('languageFriendMatches.proposals.title')}
      lead={t('languageFriendMatches.proposals.lead')}
      wide
    >
      <p>
        <Link to="/volunteers">{t('languageFriendMatches.backToVolunteers')}</Link>
      </p>
      <button
        className="button button--secondary"
        type="button"
        onClick={() => void proposals.refetch()}
        disabled={proposals.isFetching}
      >
        {t('languageFriendMatches.proposals.run')}
      </button>
      {proposals.isPending && <Loading />}
      {proposals.error && <QueryError error={proposals.error} retry={() => void proposals.refetch()} />}
      {p && (
        <>
          <p>
            {t('languageFriendMatches.proposals.summary', {
              pairs: p.pairs.length,
              volunteers: p.volunteers,
              participants: p.participants,
            })}
          </p>
          {p.pairs.length === 0 && <p>{t('languageFriendMatches.proposals.none')}</p>}
          <ol className="proposals">
            {p.pairs.map((pair) => (
              <li key={pair.participant.id} className="proposal">
                <ProposalView pair={pair} />
              </li>
            ))}
          </ol>
          {p.unmatchedParticipants.length > 0 && (
            <section aria-labelledby="unmatched-title">
              <h2 id="unmatched-title">{t('languageFriendMatches.proposals.unmatched')}</h2>
              <ul>
                {p.unmatchedParticipants.map((u) => (
                  <li key={u.id}>
                    <Link to={`/participants/${u.id}`}>{u.name}</Link>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </Page>
  );
}

function Reasons({ pair }: { pair: Pick<ProposedPairView, 'reasons' | 'score'> }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'sv';
  return (
    <>
      <p>{t('languageFriendMatches.score', { score: pair.score })}</p>
      <ul>
        {[...pair.reasons]
          .sort((a, b) => b.points - a.points)
          .map((r, i) => (
            <li key={i}>{reasonText(r, lang)}</li>
          ))}
      </ul>
    </>
  );
}

function ProposalView({ pair }: { pair: ProposedPairView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const accept = useAcceptPair();
  const reject = useRejectPair();
  const [mode, setMode] = useState<'none' | 'change' | 'reject'>('none');
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const form = `reject-${pair.participant.id}`;
  const error = accept.error ?? reject.error;
  const take = (volunteerId: string) =>
    accept.mutate(
      { volunteerId, participantId: pair.participant.id },
      { onSuccess: (match) => void navigate(`/volunteers/matches/${match.id}`) },
    );
  const titleId = `proposal-${pair.participant.id}`;
  return (
    <article aria-labelledby={titleId}>
      <h2 id={titleId} className="proposal__title">
        {t('languageFriendMatches.pairTitle', {
          participant: pair.participant.name,
          volunteer: pair.volunteer.name,
        })}
      </h2>
      <Reasons pair={pair} />
      {error && <Notice kind="warning">{matchProblem(t, error)}</Notice>}
      <div className="button-row">
        <button
          className="button"
          type="button"
          disabled={accept.isPending}
          onClick={() => take(pair.volunteer.id)}
        >
          {t('languageFriendMatches.proposals.accept')}
        </button>
        <button
          className="button button--secondary"
          type="button"
          aria-expanded={mode === 'change'}
          onClick={() => setMode(mode === 'change' ? 'none' : 'change')}
        >
          {t('languageFriendMatches.proposals.change')}
        </button>
        <button
          className="button button--secondary"
          type="button"
          aria-expanded={mode === 'reject'}
          onClick={() => setMode(mode === 'reject' ? 'none' : 'reject')}
        >
          {t('languageFriendMatches.proposals.reject')}
        </button>
      </div>
      {mode === 'change' && <Alternatives participantId={pair.participant.id} onTake={take} />}
      {mode === 'reject' && (
        <form
          className="form"
          noValidate
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            if (!reason.trim()) {
              setReasonError(t('errors.required'));
              return;
            }
            setReasonError(undefined);
            reject.mutate({ volunteerId: pair.volunteer.id, participantId: pair.participant.id, reason });
          }}
        >
          <TextField
            form={form}
            name="reason"
            label={t('languageFriendMatches.proposals.rejectReason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={reasonError}
          />
          <button className="button" type="submit" disabled={reject.isPending}>
            {t('languageFriendMatches.proposals.rejectSend')}
          </button>
        </form>
      )}
    </article>
  );
}

function Alternatives({
  participantId,
  onTake,
}: {
  participantId: string;
  onTake: (volunteerId: string) => void;
}) {
  const { t } = useTranslation();
  const alternatives = useAlternatives(participantId);
  if (alternatives.isPending) return <Loading />;
  if (alternatives.error)
    return <QueryError error={alternatives.error} retry={() => void alternatives.refetch()} />;
  const options = alternatives.data.options;
  return (
    <section aria-labelledby={`alternatives-${participantId}`} className="alternatives">
      <h3 id={`alternatives-${participantId}`}>{t('languageFriendMatches.proposals.alternatives')}</h3>
      {options.length === 0 && <p>{t('languageFriendMatches.proposals.noAlternatives')}</p>}
      <ul>
        {options.map((o) => (
          <li key={o.volunteer.id}>
            <strong>{o.volunteer.name}</strong>
            <Reasons pair={o} />
            <button className="button button--secondary" type="button" onClick={() => onTake(o.volunteer.id)}>
              {t('languageFriendMatches.proposals.acceptWith', { name: o.volunteer.name })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
