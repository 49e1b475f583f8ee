import type { TFunction } from 'i18next';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { matchParties, type Match, type MatchParty } from '#shared/language-friends.ts';
import { stockholmInstant } from '#web/activities/session-time.ts';
import { CheckboxField } from '#web/components/checkbox-field.tsx';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { TextField } from '#web/components/field.tsx';
import { noErrors, type FormErrors } from '#web/components/form-errors.ts';
import { Notice } from '#web/components/notice.tsx';
import { RadioGroup } from '#web/components/radio-group.tsx';
import { formatDate, todayIso } from '#web/lib/format.ts';
import { formErrors } from '#web/placements/placement-errors.ts';
import { matchProblem } from './match-problem.ts';
import {
  useConfirmMatch,
  useEndMatch,
  useIntroduce,
  useLogMeeting,
  useResendLink,
  useRevokeLink,
  useStartTrial,
} from './matches-api.ts';

type Mutation<I> = {
  mutate: (input: I, options: { onSuccess: () => void; onError: (error: unknown) => void }) => void;
  isPending: boolean;
};

/** The fields a server problem names, keyed as the form's (the times of a meeting share their date's field). */
const keyOf = (path: readonly PropertyKey[]) => {
  const head = String(path[0] ?? '');
  return head === 'startsAt' ? 'date' : head === 'endsAt' ? 'endTime' : head;
};

/** A step's form state: field errors, a refusal in words (409), a notice once done. */
function useStep<I>(mutation: Mutation<I>) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const send = (input: I, after?: () => void) => {
    setDone(false);
    setRefusal(null);
    mutation.mutate(input, {
      onSuccess: () => {
        setErrors(noErrors);
        setDone(true);
        after?.();
      },
      onError: (error) => {
        const fields = formErrors(t, error, keyOf);
        if (Object.keys(fields.fields).length) setErrors(fields);
        else {
          setErrors(noErrors);
          setRefusal(matchProblem(t, error));
        }
      },
    });
  };
  return { errors, refusal, done, send, pending: mutation.isPending };
}

function Step({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="screening-step" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      {children}
    </section>
  );
}

const w = (t: TFunction, key: string) =>
  t(`languageFriendMatches.steps.${key}` as 'languageFriendMatches.steps.log');

const instant = (date: string, time: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(date) && /^\d{2}:\d{2}$/.test(time) ? stockholmInstant(date, time) : '';

export function IntroduceStep({ m }: { m: Match }) {
  const { t } = useTranslation();
  const step = useStep(useIntroduce(m.id));
  const [date, setDate] = useState('');
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [place, setPlace] = useState('');
  const [meetingPlace, setMeetingPlace] = useState('');
  const [shareLanguages, setShareLanguages] = useState(true);
  const [shareInterests, setShareInterests] = useState(true);
  const s = (key: string) => w(t, key);
  const labels = { date: s('date'), startTime: s('startTime'), endTime: s('endTime'), place: s('place') };
  return (
    <Step id="step-introduce" title={s('introduceTitle')}>
      <p>{s('introduceLead')}</p>
      {step.refusal && <Notice kind="warning">{step.refusal}</Notice>}
      <form
        className="form"
        noValidate
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          step.send({
            startsAt: instant(date, start),
            endsAt: instant(date, end),
            place,
            ...(meetingPlace.trim() ? { meetingPlace } : {}),
            shareLanguages,
            shareInterests,
            version: m.version,
          });
        }}
      >
        <ErrorSummary form="introduce" errors={step.errors} labels={labels} />
        <TextField
          form="introduce"
          name="date"
          type="date"
          label={s('date')}
          width="medium"
          value={date}
          onChange={(e) => setDate(e.target.value)}
          error={step.errors.fields.date}
        />
        <TextField
          form="introduce"
          name="startTime"
          type="time"
          label={s('startTime')}
          width="short"
          value={start}
          onChange={(e) => setStart(e.target.value)}
        />
        <TextField
          form="introduce"
          name="endTime"
          type="time"
          label={s('endTime')}
          width="short"
          value={end}
          onChange={(e) => setEnd(e.target.value)}
          error={step.errors.fields.endTime}
        />
        <TextField
          form="introduce"
          name="place"
          label={s('place')}
          value={place}
          onChange={(e) => setPlace(e.target.value)}
          error={step.errors.fields.place}
        />
        <TextField
          form="introduce"
          name="meetingPlace"
          label={s('meetingPlace')}
          hint={s('meetingPlaceHint')}
          optional
          value={meetingPlace}
          onChange={(e) => setMeetingPlace(e.target.value)}
          error={step.errors.fields.meetingPlace}
        />
        <fieldset className="fieldset">
          <legend>{s('shareLegend')}</legend>
          <CheckboxField
            form="introduce"
            name="shareLanguages"
            label={s('shareLanguages')}
            checked={shareLanguages}
            onChange={(e) => setShareLanguages(e.target.checked)}
          />
          <CheckboxField
            form="introduce"
            name="shareInterests"
            label={s('shareInterests')}
            checked={shareInterests}
            onChange={(e) => setShareInterests(e.target.checked)}
          />
        </fieldset>
        <button className="button" type="submit" disabled={step.pending}>
          {s('introduce')}
        </button>
      </form>
    </Step>
  );
}

export function TrialStep({ m }: { m: Match }) {
  const { t } = useTranslation();
  const step = useStep(useStartTrial(m.id));
  const [heldOn, setHeldOn] = useState(() => todayIso());
  const s = (key: string) => w(t, key);
  return (
    <Step id="step-trial" title={s('trialTitle')}>
      <p>{s('trialLead')}</p>
      {step.refusal && <Notice kind="warning">{step.refusal}</Notice>}
      <form
        className="form"
        noValidate
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          step.send({ heldOn, version: m.version });
        }}
      >
        <ErrorSummary form="trial" errors={step.errors} labels={{ heldOn: s('heldOn') }} />
        <TextField
          form="trial"
          name="heldOn"
          type="date"
          label={s('heldOn')}
          width="medium"
          value={heldOn}
          onChange={(e) => setHeldOn(e.target.value)}
          error={step.errors.fields.heldOn}
        />
        <button className="button" type="submit" disabled={step.pending}>
          {s('startTrial')}
        </button>
      </form>
    </Step>
  );
}

export function ConfirmStep({ m }: { m: Match }) {
  const { t, i18n } = useTranslation();
  const step = useStep(useConfirmMatch(m.id));
  const s = (key: string) => w(t, key);
  return (
    <Step id="step-confirm" title={s('confirmTitle')}>
      <p>
        {t('languageFriendMatches.steps.confirmLead', {
          date: m.trialEndsOn ? formatDate(m.trialEndsOn, i18n.language) : '',
        })}
      </p>
      {step.refusal && <Notice kind="warning">{step.refusal}</Notice>}
      <button
        className="button"
        type="button"
        disabled={step.pending}
        onClick={() => step.send({ version: m.version })}
      >
        {s('confirm')}
      </button>
    </Step>
  );
}

export function EndStep({ m }: { m: Match }) {
  const { t } = useTranslation();
  const step = useStep(useEndMatch(m.id));
  const [endedBy, setEndedBy] = useState<MatchParty>('coordinator');
  const [reason, setReason] = useState('');
  const s = (key: string) => w(t, key);
  return (
    <Step id="step-end" title={s('endTitle')}>
      {step.refusal && <Notice kind="warning">{step.refusal}</Notice>}
      <form
        className="form"
        noValidate
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          step.send({ endedBy, reason, version: m.version });
        }}
      >
        <ErrorSummary form="end" errors={step.errors} labels={{ reason: s('endReason') }} />
        <RadioGroup
          form="end"
          name="endedBy"
          legend={s('endedBy')}
          value={endedBy}
          onChange={(v) => setEndedBy(v as MatchParty)}
          options={matchParties.map((p) => ({ value: p, label: t(`languageFriendMatches.parties.${p}`) }))}
          inline
        />
        <TextField
          form="end"
          name="reason"
          label={s('endReason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={step.errors.fields.reason}
        />
        <button className="button button--secondary" type="submit" disabled={step.pending}>
          {s('end')}
        </button>
      </form>
    </Step>
  );
}

export function LinkStep({ m }: { m: Match }) {
  const { t } = useTranslation();
  const resend = useStep(useResendLink(m.id));
  const revoke = useStep(useRevokeLink(m.id));
  const s = (key: string) => w(t, key);
  return (
    <Step id="step-link" title={s('linkTitle')}>
      <p>{s('linkLead')}</p>
      {resend.done && <Notice kind="success">{s('linkSent')}</Notice>}
      {revoke.done && <Notice kind="success">{s('linkRevoked')}</Notice>}
      {(resend.refusal ?? revoke.refusal) && (
        <Notice kind="warning">{resend.refusal ?? revoke.refusal}</Notice>
      )}
      <div className="button-row">
        <button className="button button--secondary" type="button" onClick={() => resend.send({})}>
          {s('resend')}
        </button>
        {m.link.active && (
          <button className="button button--secondary" type="button" onClick={() => revoke.send({})}>
            {s('revoke')}
          </button>
        )}
      </div>
    </Step>
  );
}

export function LogStep({ m }: { m: Match }) {
  const { t } = useTranslation();
  const step = useStep(useLogMeeting(m.id));
  const [metOn, setMetOn] = useState(() => todayIso());
  const [activity, setActivity] = useState('');
  const [hours, setHours] = useState('1');
  const s = (key: string) => w(t, key);
  const labels = { metOn: s('metOn'), activity: s('activity'), hours: s('hours') };
  return (
    <Step id="step-log" title={s('logTitle')}>
      {step.done && <Notice kind="success">{s('logged')}</Notice>}
      {step.refusal && <Notice kind="warning">{step.refusal}</Notice>}
      <form
        className="form"
        noValidate
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          step.send({ metOn, activity, hours: Number(hours.replace(',', '.')) }, () => setActivity(''));
        }}
      >
        <ErrorSummary form="log" errors={step.errors} labels={labels} />
        <TextField
          form="log"
          name="metOn"
          type="date"
          label={s('metOn')}
          width="medium"
          value={metOn}
          onChange={(e) => setMetOn(e.target.value)}
          error={step.errors.fields.metOn}
        />
        <TextField
          form="log"
          name="activity"
          label={s('activity')}
          value={activity}
          onChange={(e) => setActivity(e.target.value)}
          error={step.errors.fields.activity}
        />
        <TextField
          form="log"
          name="hours"
          inputMode="decimal"
          label={s('hours')}
          hint={s('hoursHint')}
          width="short"
          value={hours}
          onChange={(e) => setHours(e.target.value)}
          error={step.errors.fields.hours}
        />
        <button className="button" type="submit" disabled={step.pending}>
          {s('log')}
        </button>
      </form>
    </Step>
  );
}
