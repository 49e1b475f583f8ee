import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvitationChannel } from '#shared/participant-access.ts';
import { useAbility } from '#web/auth/session-context.ts';
import { Loading } from '#web/components/loading.tsx';
import { Notice } from '#web/components/notice.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { TableRegion } from '#web/components/table-region.tsx';
import { formatDateTime } from '#web/lib/format.ts';
import { useRecordParticipant } from '#web/participants/participant-page.tsx';
import { useAppAccess, useInvite, useRevokeAll, useRevokeSession } from './api.ts';
import { PaperInvitation } from './paper-invitation.tsx';
import './app-access.css';

/** The participant app on her record: invite her, see her devices and open invitations, end her sessions. */
export function AppAccessSection({ participantId }: { participantId: string }) {
  const { t, i18n } = useTranslation();
  const participant = useRecordParticipant();
  const access = useAppAccess(participantId);
  const invite = useInvite(participantId);
  const revokeOne = useRevokeSession(participantId);
  const revokeAll = useRevokeAll(participantId);
  const canInvite = useAbility('participants.invite');
  const [confirmAll, setConfirmAll] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const lang = i18n.language;
  const data = access.data;

  const send = (channel: InvitationChannel) => {
    setNotice(null);
    invite.mutate(channel, {
      onSuccess: () => {
        if (channel === 'sms' || channel === 'email') setNotice(t(`participantApp.sent.${channel}`));
      },
    });
  };
  const channels: { channel: InvitationChannel; missing: boolean }[] = [
    { channel: 'sms', missing: !participant.phone },
    { channel: 'email', missing: !participant.email },
    { channel: 'paper', missing: false },
  ];
  const paper = invite.data?.url && invite.data.qrSvg ? invite.data : null;

  return (
    <section aria-labelledby="app-access-title" className="app-access">
      <h2 id="app-access-title">{t('participantApp.title')}</h2>
      <p className="no-print">{t('participantApp.intro')}</p>
      {notice && <Notice kind="success">{notice}</Notice>}
      {invite.error && <QueryError error={invite.error} />}
      {canInvite && (
        <div className="no-print">
          <h3 id="app-invite-heading">{t('participantApp.inviteTitle')}</h3>
          <p>{t('participantApp.inviteHint')}</p>
          <p className="button-row">
            {channels.map(({ channel, missing }) => (
              <button
                key={channel}
                type="button"
                className={channel === 'paper' ? 'button' : 'button button--secondary'}
                disabled={invite.isPending || missing}
                aria-describedby={missing ? `app-invite-missing-${channel}` : undefined}
                onClick={() => send(channel)}
              >
                {t(`participantApp.invite.${channel}`)}
              </button>
            ))}
          </p>
          {(['sms', 'email'] as const)
            .filter((channel) => channels.find((c) => c.channel === channel)?.missing)
            .map((channel) => (
              <p key={channel} id={`app-invite-missing-${channel}`} className="field__hint">
                {t(`participantApp.missing.${channel}`)}
              </p>
            ))}
        </div>
      )}
      {paper && (
        <PaperInvitation
          url={paper.url!}
          qrSvg={paper.qrSvg!}
          firstName={participant.firstName}
          expiresAt={paper.invitation.expiresAt}
          languages={participant.languages ?? []}
        />
      )}

      <div className="no-print">
        {access.isPending && <Loading />}
        {access.error && <QueryError error={access.error} retry={() => void access.refetch()} />}
        {revokeOne.isSuccess && <Notice kind="success">{t('participantApp.revoked')}</Notice>}
        {revokeAll.isSuccess && <Notice kind="success">{t('participantApp.revokedAll')}</Notice>}
        {(revokeOne.error ?? revokeAll.error) && <QueryError error={(revokeOne.error ?? revokeAll.error)!} />}
        {data && (
          <>
            <h3 id="app-sessions-heading">{t('participantApp.sessionsTitle')}</h3>
            {data.sessions.length === 0 ? (
              <p>{t('participantApp.noSessions')}</p>
            ) : (
              <TableRegion labelledBy="app-sessions-caption">
                <table className="table">
                  <caption id="app-sessions-caption">{t('participantApp.sessionsCaption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('participantApp.device')}</th>
                      <th scope="col">{t('participantApp.method')}</th>
                      <th scope="col">{t('participantApp.signedIn')}</th>
                      <th scope="col">{t('participantApp.lastSeen')}</th>
                      <th scope="col">{t('participantApp.actions')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.sessions.map((s) => (
                      <tr key={s.id}>
                        <td>{s.deviceLabel ?? t('participantApp.unnamedDevice')}</td>
                        <td>{t(`participantApp.methods.${s.method}`)}</td>
                        <td>{formatDateTime(s.createdAt, lang)}</td>
                        <td>{formatDateTime(s.lastSeenAt, lang)}</td>
                        <td>
                          {canInvite && (
                            <button
                              type="button"
                              className="button-link"
                              disabled={revokeOne.isPending}
                              onClick={() => revokeOne.mutate(s.id)}
                            >
                              {t('participantApp.revoke')}
                              <span className="visually-hidden">
                                {' '}
                                {s.deviceLabel ?? t('participantApp.unnamedDevice')},{' '}
                                {formatDateTime(s.createdAt, lang)}
                              </span>
                            </button>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableRegion>
            )}
            {canInvite && (data.sessions.length > 0 || data.passkeys.length > 0) && (
              <div className="app-access__end-all">
                {confirmAll ? (
                  <>
                    <p id="app-end-all-confirm">{t('participantApp.revokeAllConfirm')}</p>
                    <p className="button-row">
                      <button
                        type="button"
                        className="button"
                        aria-describedby="app-end-all-confirm"
                        disabled={revokeAll.isPending}
                        onClick={() => revokeAll.mutate(undefined, { onSettled: () => setConfirmAll(false) })}
                      >
                        {t('participantApp.revokeAllYes')}
                      </button>
                      <button
                        type="button"
                        className="button button--secondary"
                        onClick={() => setConfirmAll(false)}
                      >
                        {t('common.cancel')}
                      </button>
                    </p>
                  </>
                ) : (
                  <p className="button-row">
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={() => setConfirmAll(true)}
                    >
                      {t('participantApp.revokeAll')}
                    </button>
                  </p>
                )}
              </div>
            )}
            <h3 id="app-passkeys-heading">{t('participantApp.passkeysTitle')}</h3>
            {data.passkeys.length === 0 ? (
              <p>{t('participantApp.noPasskeys')}</p>
            ) : (
              <ul aria-labelledby="app-passkeys-heading">
                {data.passkeys.map((k) => (
                  <li key={k.id}>
                    {t('participantApp.passkeyLine', {
                      device: k.deviceLabel ?? t('participantApp.unnamedDevice'),
                      created: formatDateTime(k.createdAt, lang),
                    })}
                  </li>
                ))}
              </ul>
            )}
            <h3 id="app-invitations-heading">{t('participantApp.invitationsTitle')}</h3>
            {data.invitations.length === 0 ? (
              <p>{t('participantApp.noInvitations')}</p>
            ) : (
              <ul aria-labelledby="app-invitations-heading">
                {data.invitations.map((i) => (
                  <li key={i.id}>
                    {t('participantApp.invitationLine', {
                      channel: t(`participantApp.channels.${i.channel}`),
                      created: formatDateTime(i.createdAt, lang),
                      expires: formatDateTime(i.expiresAt, lang),
                    })}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </section>
  );
}
