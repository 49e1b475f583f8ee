import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { SubmitEvaluationInput, type EvaluationForm } from '#shared/placements.ts';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { TextField } from '#web/components/field.tsx';
import { noErrors } from '#web/components/form-errors.ts';
import { Loading } from '#web/components/loading.tsx';
import { Notice } from '#web/components/notice.tsx';
import { Page } from '#web/components/page.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { formatDate } from '#web/lib/format.ts';
import { isApiError } from '#web/lib/api.ts';
import { fragmentParams } from '#web/lib/url-fragment.ts';
import { linkState, useEvaluationForm, useSubmitEvaluation } from './api.ts';
import { BilingualText, BilingualTextArea, RatingField } from './evaluation-fields.tsx';
import {
  emptyEvaluation,
  evaluationFieldKey,
  evaluationInput,
  type EvaluationValues,
} from './evaluation-values.ts';
import { formErrors } from './placement-errors.ts';
import './placements.css';

const form = 'evaluation';

/**
 * The supervisor's evaluation, without an account: the link (`/evaluation#token=…`) carries the token in the
 * fragment, which the browser never sends to a server, so it stays out of access logs.
 */
export function EvaluationPage() {
  const { t } = useTranslation();
  const { hash } = useLocation();
  const [token] = useState(() => fragmentParams(hash).get('token') ?? '');
  const evaluation = useEvaluationForm(token);
  const [sent, setSent] = useState(false);
  const [refused, setRefused] = useState<ReturnType<typeof linkState>>(null);
  // A token of the wrong shape is refused before it is looked up: to her it is just as unknown.
  const malformed = isApiError(evaluation.error, 'validation') ? 'unknown' : null;
  const state = refused ?? linkState(evaluation.error) ?? malformed;

  if (!token) return <Message title={t('evaluation.unknownTitle')} text={t('evaluation.noToken')} />;
  if (sent) return <Message title={t('evaluation.sentTitle')} text={t('evaluation.sent')} kind="success" />;
  if (state) return <Message title={t(`evaluation.${state}Title`)} text={t(`evaluation.${state}`)} />;
  return (
    <Page title={t('evaluation.title')} lead={t('evaluation.lead')}>
      {evaluation.isPending && <Loading />}
      {evaluation.error && <QueryError error={evaluation.error} retry={() => void evaluation.refetch()} />}
      {evaluation.data && (
        <EvaluationFormView
          token={token}
          form={evaluation.data}
          onSent={() => setSent(true)}
          onRefused={setRefused}
        />
      )}
    </Page>
  );
}

function Message({
  title,
  text,
  kind = 'warning',
}: {
  title: string;
  text: string;
  kind?: 'warning' | 'success';
}) {
  return (
    <Page title={title}>
      <Notice kind={kind}>{text}</Notice>
    </Page>
  );
}

type FormProps = {
  token: string;
  form: EvaluationForm;
  onSent: () => void;
  onRefused: (state: ReturnType<typeof linkState>) => void;
};

function EvaluationFormView({ token, form: f, onSent, onRefused }: FormProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const submit = useSubmitEvaluation(token);
  const [values, setValues] = useState(emptyEvaluation);
  const [errors, setErrors] = useState(noErrors);
  const set = (key: keyof EvaluationValues) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const ratings = f.questions.filter((q) => q.type === 'rating');
  const texts = f.questions.filter((q) => q.type === 'text');
  const labels: Record<string, string> = { submittedByName: t('evaluation.signedBy') };
  for (const q of f.questions) labels[q.key] = lang === 'en' ? q.label.en : q.label.sv;
  const messages: Record<string, string> = {};
  for (const q of ratings) messages[q.key] = t('evaluation.chooseRating');

  const send = (event: FormEvent) => {
    event.preventDefault();
    const parsed = SubmitEvaluationInput.safeParse(evaluationInput(values));
    if (!parsed.success) return setErrors(formErrors(t, parsed.error, evaluationFieldKey, messages));
    setErrors(noErrors);
    submit.mutate(parsed.data, {
      onSuccess: onSent,
      onError: (error) => {
        // Answered (or expired) since the page opened: say so instead of the form.
        const refused = linkState(error);
        if (refused) return onRefused(refused);
        setErrors(formErrors(t, error, evaluationFieldKey, messages));
      },
    });
  };

  return (
    <>
      <section className="evaluation-about" aria-labelledby="evaluation-about-title">
        <h2 id="evaluation-about-title">
          <BilingualText text={f.stageLabel} />
        </h2>
        <dl className="evaluation-about__facts">
          <dt>{t('evaluation.participant')}</dt>
          <dd>{f.participantFirstName}</dd>
          <dt>{t('evaluation.workplace')}</dt>
          <dd>{f.employerName}</dd>
          <dt>{t('evaluation.kind')}</dt>
          <dd>
            <BilingualText text={f.kindLabel} />
          </dd>
          <dt>{t('evaluation.period')}</dt>
          <dd>
            {formatDate(f.startsOn, lang)} – {formatDate(f.endsOn, lang)}
          </dd>
          <dt>{t('evaluation.dueOn')}</dt>
          <dd>{formatDate(f.dueOn, lang)}</dd>
        </dl>
      </section>
      <ErrorSummary form={form} errors={errors} labels={labels} />
      <form className="form evaluation-form" onSubmit={send} noValidate>
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('evaluation.ratingsLegend')}</legend>
          <p className="field__hint" id={`${form}-scale-hint`}>
            {t('evaluation.scaleHint')}
          </p>
          {ratings.map((q) => (
            <RatingField
              key={q.key}
              form={form}
              name={q.key}
              label={q.label}
              value={values[q.key as keyof EvaluationValues]}
              onChange={set(q.key as keyof EvaluationValues)}
              error={errors.fields[q.key]}
            />
          ))}
        </fieldset>
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('evaluation.textsLegend')}</legend>
          {texts.map((q) => (
            <BilingualTextArea
              key={q.key}
              form={form}
              name={q.key}
              label={q.label}
              value={values[q.key as keyof EvaluationValues]}
              onChange={set(q.key as keyof EvaluationValues)}
              error={errors.fields[q.key]}
            />
          ))}
        </fieldset>
        <TextField
          form={form}
          name="submittedByName"
          label={labels.submittedByName!}
          hint={t('evaluation.signedByHint')}
          autoComplete="name"
          value={values.submittedByName}
          onChange={(e) => set('submittedByName')(e.target.value)}
          error={errors.fields.submittedByName}
        />
        <p>{t('evaluation.onceHint')}</p>
        <button className="button" type="submit" disabled={submit.isPending}>
          {submit.isPending ? t('form.sending') : t('evaluation.submit')}
        </button>
      </form>
    </>
  );
}
