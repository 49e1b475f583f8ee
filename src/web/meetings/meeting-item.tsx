import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CancelMeetingInput, type Meeting, type MeetingClash } from '#shared/meetings.ts';
import { sessionTime } from '#web/activities/activity-text.ts';
import { useAbility } from '#web/auth/session-context.ts';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { TextField } from '#web/components/field.tsx';
import { errorsFromProblem, errorsFromZod, noErrors, problemMessage } from '#web/components/form-errors.ts';
import { LanguageName } from '#web/participants/language-name.tsx';
import { useCancelMeeting, useMarkMeetingHeld } from './api.ts';
import { MeetingForm } from './meeting-form.tsx';

type Props = {
  meeting: Meeting;
  participantId: string;
  latest: (id: string) => Promise<Meeting | undefined>;
  onSaved: (message: string) => void;
};

/** One meeting: when, with whom, interpreter, where; what clashes with it; change, cancel or mark it held. */
export function MeetingItem({ meeting: m, participantId, latest, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const canWrite = useAbility('meetings.write');
  const [mode, setMode] = useState<'view' | 'edit' | 'cancel'>('view');
  const [actionError, setActionError] = useState<string | null>(null);
  const held = useMarkMeetingHeld(participantId);
  const time = sessionTime(m.startsAt, m.endsAt, i18n.language);
  const planned = m.status === 'planned';
  const [now] = useState(() => Date.now());
  const started = Date.parse(m.startsAt) <= now;
  const cancelled = m.status === 'cancelled';
  const what = `${m.title}, ${time}`;

  const markHeld = () => {
    setActionError(null);
    held.mutate(
      { id: m.id, version: m.version },
      {
        onSuccess: () => onSaved(t('meetings.markedHeld', { title: m.title })),
        onError: (error) => setActionError(problemMessage(t, error)),
      },
    );
  };

  return (
    <li className={cancelled ? 'meeting-list__item meeting-list__item--cancelled' : 'meeting-list__item'}>
      <p className="meeting-list__time">
        {cancelled ? <del>{time}</del> : time}
        {m.status !== 'planned' && (
          <strong className="meeting-list__status">
            {' '}
            {cancelled
              ? t('meetings.cancelledBecause', { reason: m.cancelReason })
              : t('meetings.statuses.held')}
          </strong>
        )}
      </p>
      <p className="meeting-list__title">{m.title}</p>
      <dl className="meeting-list__details">
        <dt>{t('meetings.staff')}</dt>
        <dd>{m.staff.map((s) => s.name).join(', ')}</dd>
        <dt>{t('meetings.interpreter')}</dt>
        <dd>
          {m.interpreterLanguage ? (
            <LanguageName code={m.interpreterLanguage} />
          ) : (
            t('meetings.noInterpreter')
          )}
        </dd>
        {m.place && (
          <>
            <dt>{t('meetings.place')}</dt>
            <dd>{m.place}</dd>
          </>
        )}
        {m.onlineUrl && (
          <>
            <dt>{t('meetings.onlineUrl')}</dt>
            <dd>
              <a href={m.onlineUrl} rel="noreferrer noopener" target="_blank">
                {m.onlineUrl}
              </a>
            </dd>
          </>
        )}
        {m.agenda && (
          <>
            <dt>{t('meetings.agenda')}</dt>
            <dd className="meeting-list__agenda">{m.agenda}</dd>
          </>
        )}
      </dl>
      {m.clashes.length > 0 && <Clashes clashes={m.clashes} />}
      {actionError && (
        <p className="field__error" role="alert">
          {actionError}
        </p>
      )}
      {canWrite && planned && mode === 'view' && (
        <p className="meeting-list__actions">
          <button
            type="button"
            className="button-link"
            aria-label={t('meetings.changeFor', { what })}
            onClick={() => setMode('edit')}
          >
            {t('meetings.change')}
          </button>
          <button
            type="button"
            className="button-link"
            aria-label={t('meetings.cancelFor', { what })}
            onClick={() => setMode('cancel')}
          >
            {t('meetings.cancel')}
          </button>
          {started && (
            <button
              type="button"
              className="button-link"
              aria-label={t('meetings.markHeldFor', { what })}
              disabled={held.isPending}
              onClick={markHeld}
            >
              {t('meetings.markHeld')}
            </button>
          )}
        </p>
      )}
      {mode === 'edit' && (
        <MeetingForm
          participantId={participantId}
          meeting={m}
          latest={latest}
          onCancel={() => setMode('view')}
          onDone={(saved) => {
            setMode('view');
            onSaved(t('meetings.saved', { title: saved.title }));
          }}
        />
      )}
      {mode === 'cancel' && (
        <CancelForm
          participantId={participantId}
          meeting={m}
          onCancel={() => setMode('view')}
          onDone={() => {
            setMode('view');
            onSaved(t('meetings.cancelled', { title: m.title }));
          }}
        />
      )}
    </li>
  );
}

/** Something else at the same time, said plainly; booking goes ahead anyway. */
function Clashes({ clashes }: { clashes: MeetingClash[] }) {
  const { t, i18n } = useTranslation();
  const line = (c: MeetingClash) => {
    const time = sessionTime(c.startsAt, c.endsAt, i18n.language);
    const what = c.title ?? t('meetings.otherMeeting');
    return c.who === 'participant'
      ? t('meetings.clashHers', { what, time })
      : t('meetings.clashStaff', { name: c.staffName, what, time });
  };
  return (
    <div className="notice notice--warning meeting-list__clashes">
      <p>{t('meetings.clashesLead')}</p>
      <ul>
        {clashes.map((c, i) => (
          <li key={i}>{line(c)}</li>
        ))}
      </ul>
    </div>
  );
}

type CancelProps = { participantId: string; meeting: Meeting; onDone: () => void; onCancel: () => void };

/** Cancels the meeting with a reason; the meeting stays in her list, marked cancelled. */
function CancelForm({ participantId, meeting, onDone, onCancel }: CancelProps) {
  const { t } = useTranslation();
  const cancel = useCancelMeeting(participantId);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState(noErrors);
  const form = `meeting-cancel-${meeting.id}`;
  const labels = { reason: t('meetings.cancelReason') };
  const overrides = {
    fields: { reason: t('meetings.cancelReasonRequired') },
    codes: { version_conflict: t('meetings.conflictCancel'), conflict: t('meetings.notPlanned') },
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = CancelMeetingInput.safeParse({ reason, version: meeting.version });
    if (!parsed.success) return setErrors(errorsFromZod(t, parsed.error, overrides));
    setErrors(noErrors);
    cancel.mutate(
      { id: meeting.id, ...parsed.data },
      { onSuccess: onDone, onError: (error) => setErrors(errorsFromProblem(t, error, overrides)) },
    );
  };

  return (
    <section className="panel" aria-labelledby={`${form}-heading`}>
      <h4 className="panel__title" id={`${form}-heading`}>
        {t('meetings.cancelTitle', { title: meeting.title })}
      </h4>
      <ErrorSummary form={form} errors={errors} labels={labels} />
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          form={form}
          name="reason"
          label={labels.reason}
          hint={t('meetings.cancelReasonHint')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={errors.fields.reason}
        />
        <div className="button-row">
          <button className="button" type="submit" disabled={cancel.isPending}>
            {cancel.isPending ? t('form.sending') : t('meetings.confirmCancel')}
          </button>
          <button type="button" className="button-link" onClick={onCancel}>
            {t('meetings.keep')}
          </button>
        </div>
      </form>
    </section>
  );
}
