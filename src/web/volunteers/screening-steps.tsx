import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { referenceOutcomes, type Volunteer } from '#shared/volunteers.ts';
import { stockholmInstant, stockholmParts } from '#web/activities/session-time.ts';
import { CheckboxField } from '#web/components/checkbox-field.tsx';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { SelectField, TextField } from '#web/components/field.tsx';
import { noErrors, type FormErrors } from '#web/components/form-errors.ts';
import { Notice } from '#web/components/notice.tsx';
import { RadioGroup } from '#web/components/radio-group.tsx';
import { TextAreaField } from '#web/components/textarea-field.tsx';
import { formatDate, formatDateTime } from '#web/lib/format.ts';
import { formErrors } from '#web/placements/placement-errors.ts';
import {
  useAddReference,
  useBookInterview,
  useDecideVolunteer,
  useEraseVolunteer,
  usePauseVolunteer,
  useRecordExtract,
  useRecordInterview,
  useUpdateVolunteer,
} from './api.ts';
import { fieldKey } from './register-values.ts';

type Mutation<I> = {
  mutate: (input: I, options: { onSuccess: () => void; onError: (error: unknown) => void }) => void;
  isPending: boolean;
};

/** A step's form: its errors, its notice after success, and a send that maps the server's problem to fields. */
function useStepForm<I>(mutation: Mutation<I>) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [done, setDone] = useState(false);
  const send = (input: I, after?: () => void) => {
    setDone(false);
    mutation.mutate(input, {
      onSuccess: () => {
        setErrors(noErrors);
        setDone(true);
        after?.();
      },
      onError: (error) => setErrors(formErrors(t, error, fieldKey)),
    });
  };
  return { errors, done, send, pending: mutation.isPending };
}

function Step({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="screening-step" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      {children}
    </section>
  );
}

const instant = (date: string, time: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(date) && /^\d{2}:\d{2}$/.test(time) ? stockholmInstant(date, time) : '';

export function InterviewStep({ v }: { v: Volunteer }) {
  const { t, i18n } = useTranslation();
  const book = useStepForm(useBookInterview(v.id));
  const record = useStepForm(useRecordInterview(v.id));
  const booked = v.interviewAt ? stockholmParts(v.interviewAt) : { date: '', time: '' };
  const [date, setDate] = useState(booked.date);
  const [time, setTime] = useState(booked.time);
  const [notes, setNotes] = useState('');
  const w = (key: string) => t(`languageFriends.volunteer.${key}` as 'languageFriends.volunteer.book');
  const bookLabels = { interviewAt: w('interviewDate') };
  const recordLabels = { heldAt: w('heldAt'), notes: w('notes') };
  const canBook = v.status === 'new' || v.status === 'interview_booked';
  return (
    <Step id="step-interview" title={w('interviewTitle')}>
      {v.interviewAt && (
        <p>
          {t('languageFriends.volunteer.bookedFor', { when: formatDateTime(v.interviewAt, i18n.language) })}
        </p>
      )}
      {v.interviewHeldAt && (
        <p>
          {w('heldAt')}: {formatDateTime(v.interviewHeldAt, i18n.language)}. {v.interviewNotes}
        </p>
      )}
      {book.done && <Notice kind="success">{w('booked')}</Notice>}
      {record.done && <Notice kind="success">{w('interviewRecorded')}</Notice>}
      {canBook && !v.interviewHeldAt && (
        <form
          className="form"
          noValidate
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            book.send({ version: v.version, interviewAt: instant(date, time) });
          }}
        >
          <ErrorSummary form="book" errors={book.errors} labels={bookLabels} />
          <TextField
            form="book"
            name="interviewAt"
            type="date"
            label={w('interviewDate')}
            width="medium"
            value={date}
            onChange={(e) => setDate(e.target.value)}
            error={book.errors.fields.interviewAt}
          />
          <TextField
            form="book"
            name="interviewTime"
            type="time"
            label={w('interviewTime')}
            width="short"
            value={time}
            onChange={(e) => setTime(e.target.value)}
          />
          <button className="button" type="submit" disabled={book.pending}>
            {w('book')}
          </button>
        </form>
      )}
      {v.status === 'interview_booked' && !v.interviewHeldAt && (
        <form
          className="form"
          noValidate
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            record.send({ version: v.version, heldAt: v.interviewAt ?? '', notes });
          }}
        >
          <ErrorSummary form="interview" errors={record.errors} labels={recordLabels} />
          <TextAreaField
            form="interview"
            name="notes"
            label={w('notes')}
            rows={3}
            value={notes}
            onChange={(e) => setNotes(e.target.value)}
            error={record.errors.fields.notes}
          />
          <button className="button" type="submit" disabled={record.pending}>
            {w('recordInterview')}
          </button>
        </form>
      )}
    </Step>
  );
}

export function ReferencesStep({ v }: { v: Volunteer }) {
  const { t, i18n } = useTranslation();
  const add = useStepForm(useAddReference(v.id));
  const empty = { name: '', relation: '', contact: '', contactedOn: '', outcome: 'pending', note: '' };
  const [values, setValues] = useState(empty);
  const set = (key: keyof typeof empty) => (value: string) => setValues((x) => ({ ...x, [key]: value }));
  const w = (key: string) => t(`languageFriends.volunteer.${key}` as 'languageFriends.volunteer.book');
  const labels = {
    name: w('referenceName'),
    relation: w('relation'),
    contact: w('referenceContact'),
    contactedOn: w('contactedOn'),
    outcome: w('outcome'),
    note: w('referenceNote'),
  };
  return (
    <Step id="step-references" title={w('referencesTitle')}>
      {v.references.length === 0 ? (
        <p>{w('noReferences')}</p>
      ) : (
        <ul>
          {v.references.map((r) => (
            <li key={r.id}>
              {r.name} ({r.relation}){r.contact ? `, ${r.contact}` : ''}:{' '}
              {t(`languageFriends.outcomes.${r.outcome}`)}
              {r.contactedOn
                ? `, ${w('contactedOn').toLowerCase()} ${formatDate(r.contactedOn, i18n.language)}`
                : ''}
              {r.note ? `. ${r.note}` : ''}
            </li>
          ))}
        </ul>
      )}
      {add.done && <Notice kind="success">{w('referenceAdded')}</Notice>}
      <form
        className="form"
        noValidate
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          add.send(
            { ...values, contactedOn: values.contactedOn || null, outcome: values.outcome as 'pending' },
            () => setValues(empty),
          );
        }}
      >
        <ErrorSummary form="reference" errors={add.errors} labels={labels} />
        <TextField
          form="reference"
          name="name"
          label={labels.name}
          value={values.name}
          onChange={(e) => set('name')(e.target.value)}
          error={add.errors.fields.name}
        />
        <TextField
          form="reference"
          name="relation"
          label={labels.relation}
          value={values.relation}
          onChange={(e) => set('relation')(e.target.value)}
          error={add.errors.fields.relation}
        />
        <TextField
          form="reference"
          name="contact"
          label={labels.contact}
          optional
          value={values.contact}
          onChange={(e) => set('contact')(e.target.value)}
          error={add.errors.fields.contact}
        />
        <TextField
          form="reference"
          name="contactedOn"
          type="date"
          width="medium"
          label={labels.contactedOn}
          optional
          value={values.contactedOn}
          onChange={(e) => set('contactedOn')(e.target.value)}
          error={add.errors.fields.contactedOn}
        />
        <SelectField
          form="reference"
          name="outcome"
          label={labels.outcome}
          width="medium"
          value={values.outcome}
          onChange={(e) => set('outcome')(e.target.value)}
          error={add.errors.fields.outcome}
        >
          {referenceOutcomes.map((o) => (
            <option key={o} value={o}>
              {t(`languageFriends.outcomes.${o}`)}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          form="reference"
          name="note"
          label={labels.note}
          optional
          rows={2}
          value={values.note}
          onChange={(e) => set('note')(e.target.value)}
          error={add.errors.fields.note}
        />
        <button className="button" type="submit" disabled={add.pending}>
          {w('addReference')}
        </button>
      </form>
    </Step>
  );
}

export function ExtractStep({ v }: { v: Volunteer }) {
  const { t, i18n } = useTranslation();
  const record = useStepForm(useRecordExtract(v.id));
  const [seenOn, setSeenOn] = useState(v.recordExtractSeenOn ?? '');
  const w = (key: string) => t(`languageFriends.volunteer.${key}` as 'languageFriends.volunteer.book');
  return (
    <Step id="step-extract" title={w('extractTitle')}>
      {v.recordExtractSeenOn && (
        <p>
          {w('seenOn')}: {formatDate(v.recordExtractSeenOn, i18n.language)}
        </p>
      )}
      {record.done && <Notice kind="success">{w('extractRecorded')}</Notice>}
      <form
        className="form"
        noValidate
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          record.send({ version: v.version, seenOn });
        }}
      >
        <ErrorSummary form="extract" errors={record.errors} labels={{ seenOn: w('seenOn') }} />
        <TextField
          form="extract"
          name="seenOn"
          type="date"
          width="medium"
          label={w('seenOn')}
          hint={w('extractHint')}
          value={seenOn}
          onChange={(e) => setSeenOn(e.target.value)}
          error={record.errors.fields.seenOn}
        />
        <button className="button" type="submit" disabled={record.pending}>
          {w('recordExtract')}
        </button>
      </form>
    </Step>
  );
}

export function DecisionStep({ v }: { v: Volunteer }) {
  const { t } = useTranslation();
  const decide = useStepForm(useDecideVolunteer(v.id));
  const [decision, setDecision] = useState('');
  const [reason, setReason] = useState('');
  const w = (key: string) => t(`languageFriends.volunteer.${key}` as 'languageFriends.volunteer.book');
  const labels = { decision: w('decision'), reason: w('reason') };
  return (
    <Step id="step-decision" title={w('decisionTitle')}>
      <p className="field__hint">{w('approveNeeds')}</p>
      {v.decisionReason && <p>{v.decisionReason}</p>}
      {decide.done && <Notice kind="success">{w('decided')}</Notice>}
      <form
        className="form"
        noValidate
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          decide.send({ version: v.version, decision: decision as 'approve', reason });
        }}
      >
        <ErrorSummary form="decision" errors={decide.errors} labels={labels} />
        <RadioGroup
          form="decision"
          name="decision"
          legend={w('decision')}
          inline
          options={[
            { value: 'approve', label: w('approve') },
            { value: 'decline', label: w('decline') },
          ]}
          value={decision}
          onChange={setDecision}
          error={decide.errors.fields.decision}
        />
        <TextAreaField
          form="decision"
          name="reason"
          label={w('reason')}
          hint={w('reasonHint')}
          optional
          rows={2}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={decide.errors.fields.reason}
        />
        <button className="button" type="submit" disabled={decide.pending}>
          {w('decide')}
        </button>
      </form>
    </Step>
  );
}

export function PauseStep({ v }: { v: Volunteer }) {
  const { t } = useTranslation();
  const pausing = v.status === 'approved';
  const step = useStepForm(usePauseVolunteer(v.id, pausing));
  const [reason, setReason] = useState('');
  const w = (key: string) => t(`languageFriends.volunteer.${key}` as 'languageFriends.volunteer.book');
  return (
    <Step id="step-pause" title={w('pauseTitle')}>
      {step.done && <Notice kind="success">{w(pausing ? 'resumed' : 'paused')}</Notice>}
      <form
        className="form"
        noValidate
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          step.send({ version: v.version, reason });
        }}
      >
        <ErrorSummary form="pause" errors={step.errors} labels={{ reason: w('pauseReason') }} />
        {pausing && (
          <TextField
            form="pause"
            name="reason"
            label={w('pauseReason')}
            optional
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={step.errors.fields.reason}
          />
        )}
        <button className="button button--secondary" type="submit" disabled={step.pending}>
          {w(pausing ? 'pause' : 'resume')}
        </button>
      </form>
    </Step>
  );
}

export function EraseStep({ v }: { v: Volunteer }) {
  const { t } = useTranslation();
  const erase = useStepForm(useEraseVolunteer(v.id));
  const [confirmed, setConfirmed] = useState(false);
  const w = (key: string) => t(`languageFriends.volunteer.${key}` as 'languageFriends.volunteer.book');
  return (
    <Step id="step-erase" title={w('eraseTitle')}>
      <p>{w('eraseHint')}</p>
      <form
        className="form"
        noValidate
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          if (confirmed) erase.send({ version: v.version });
        }}
      >
        <ErrorSummary form="erase" errors={erase.errors} />
        <CheckboxField
          form="erase"
          name="confirm"
          label={w('eraseConfirm')}
          checked={confirmed}
          onChange={(e) => setConfirmed(e.target.checked)}
        />
        <button className="button button--secondary" type="submit" disabled={!confirmed || erase.pending}>
          {w('erase')}
        </button>
      </form>
    </Step>
  );
}

/** Corrects her name and contact details at the version read; a 409 says someone else changed her first. */
export function ContactStep({ v }: { v: Volunteer }) {
  const { t } = useTranslation();
  const step = useStepForm(useUpdateVolunteer(v.id));
  const [values, setValues] = useState({
    firstName: v.firstName ?? '',
    lastName: v.lastName ?? '',
    email: v.email ?? '',
    phone: v.phone ?? '',
  });
  const f = (key: string) => t(`languageFriends.fields.${key}` as 'languageFriends.fields.email');
  const labels = { firstName: f('firstName'), lastName: f('lastName'), email: f('email'), phone: f('phone') };
  const field = (name: keyof typeof values, type = 'text') => (
    <TextField
      form="contact"
      name={name}
      type={type}
      label={labels[name]}
      optional={name === 'email' || name === 'phone'}
      value={values[name]}
      onChange={(e) => setValues((x) => ({ ...x, [name]: e.target.value }))}
      error={step.errors.fields[name]}
    />
  );
  return (
    <Step id="step-contact" title={t('languageFriends.volunteer.editTitle')}>
      {step.done && <Notice kind="success">{t('languageFriends.volunteer.contactSaved')}</Notice>}
      <form
        className="form"
        noValidate
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          step.send({ ...values, version: v.version });
        }}
      >
        <ErrorSummary form="contact" errors={step.errors} labels={labels} />
        {field('firstName')}
        {field('lastName')}
        {field('email', 'email')}
        {field('phone', 'tel')}
        <button className="button button--secondary" type="submit" disabled={step.pending}>
          {t('languageFriends.volunteer.saveContact')}
        </button>
      </form>
    </Step>
  );
}
