import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  RequestEvaluationInput,
  evaluationStages,
  type EvaluationLink,
  type Placement,
} from '#shared/placements.ts';
import { TextField } from '#web/components/field.tsx';
import { errorsFromProblem, errorsFromZod, noErrors } from '#web/components/form-errors.ts';
import { RadioGroup } from '#web/components/radio-group.tsx';
import { useRequestEvaluation } from './api.ts';
import { PanelForm } from './panel-form.tsx';
import { requestDefaults } from './placement-values.ts';

type Props = { participantId: string; placement: Placement; name: string; onClose: () => void };

/** Asks the supervisor for the mid-point or final evaluation, then shows the link, this once. */
export function EvaluationRequestForm({ participantId, placement, name, onClose }: Props) {
  const { t } = useTranslation();
  const form = `placement-${placement.id}-evaluation`;
  const request = useRequestEvaluation(participantId, placement.id);
  const [values, setValues] = useState(() => requestDefaults(placement));
  const [errors, setErrors] = useState(noErrors);
  const [link, setLink] = useState<z.infer<typeof EvaluationLink> | null>(null);
  const labels = { stage: t('placements.stage'), dueOn: t('placements.dueOn') };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = RequestEvaluationInput.safeParse(values);
    if (!parsed.success) return setErrors(errorsFromZod(t, parsed.error));
    setErrors(noErrors);
    request.mutate(parsed.data, {
      onSuccess: setLink,
      onError: (error) => setErrors(errorsFromProblem(t, error)),
    });
  };

  if (link) return <EvaluationLinkBox link={link} formId={form} onClose={onClose} />;
  return (
    <PanelForm
      form={form}
      level={4}
      heading={t('placements.requestLabel', { name })}
      lead={t('placements.requestLead')}
      errors={errors}
      labels={labels}
      pending={request.isPending}
      submitLabel={t('placements.createLinkButton')}
      onSubmit={submit}
      onCancel={onClose}
    >
      <RadioGroup
        form={form}
        name="stage"
        legend={labels.stage}
        value={values.stage}
        onChange={(stage) => setValues({ ...values, stage })}
        error={errors.fields.stage}
        options={evaluationStages.map((s) => ({ value: s, label: t(`placements.stages.${s}`) }))}
      />
      <TextField
        form={form}
        name="dueOn"
        type="date"
        width="medium"
        label={labels.dueOn}
        value={values.dueOn}
        onChange={(e) => setValues({ ...values, dueOn: e.target.value })}
        error={errors.fields.dueOn}
      />
    </PanelForm>
  );
}

type BoxProps = { link: z.infer<typeof EvaluationLink>; formId: string; onClose: () => void };

/** The one-time link: the server keeps only its hash, so this is the only time anyone sees it. */
function EvaluationLinkBox({ link, formId, onClose }: BoxProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const [copyStatus, setCopyStatus] = useState('');
  const id = `${formId}-link`;
  useEffect(() => heading.current?.focus(), []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link.url);
      setCopyStatus(t('oneTimeLink.copied'));
    } catch {
      field.current?.select();
      setCopyStatus(t('oneTimeLink.copyFailed'));
    }
  };

  return (
    <section className="panel placement-link" aria-labelledby={`${id}-title`}>
      <h4 className="panel__title" id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('placements.linkTitle', {
          stage: t(`placements.stages.${link.evaluation.stage}`).toLocaleLowerCase(),
        })}
      </h4>
      <p className="placement-link__warning">{t('placements.linkLead')}</p>
      <label className="field__label" htmlFor={id}>
        {t('placements.linkLabel')}
      </label>
      <textarea
        ref={field}
        id={id}
        className="input placement-link__url"
        readOnly
        rows={3}
        spellCheck={false}
        value={link.url}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          {t('oneTimeLink.copy')}
        </button>
        <button type="button" className="button-link" onClick={onClose}>
          {t('placements.close')}
        </button>
        <span role="status">{copyStatus}</span>
      </div>
    </section>
  );
}
