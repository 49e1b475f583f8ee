import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DuplicateCandidate } from '#shared/participants.ts';
import { CheckboxField } from '#web/components/checkbox-field.tsx';
import { formatDate } from '#web/lib/format.ts';

type Props = {
  form: string;
  duplicates: DuplicateCandidate[];
  confirmed: boolean;
  onConfirm: (confirmed: boolean) => void;
};

/**
 * The duplicate guard's answer: the participants who may be the same person, each with a link, and (unless the
 * identity number itself is taken) a confirmation that this is another person.
 */
export function DuplicateWarning({ form, duplicates, confirmed, onConfirm }: Props) {
  const { t, i18n } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const numberTaken = duplicates.some((d) => d.match === 'identity_number');
  useEffect(() => ref.current?.focus(), [duplicates]);

  return (
    <div
      className="notice notice--warning"
      role="alert"
      tabIndex={-1}
      ref={ref}
      aria-labelledby={`${form}-dup`}
    >
      <h2 className="panel__title" id={`${form}-dup`}>
        {numberTaken ? t('participants.identityTakenTitle') : t('participants.duplicateTitle')}
      </h2>
      <p>{numberTaken ? t('participants.identityTakenBody') : t('participants.duplicateBody')}</p>
      <ul className="duplicates">
        {duplicates.map((d) => {
          const name = `${d.firstName} ${d.lastName}`;
          return (
            <li key={d.id}>
              <Link to={`/participants/${d.id}`}>
                {t('participants.duplicateItem', {
                  name,
                  birthDate: d.birthDate ? formatDate(d.birthDate, i18n.language) : '–',
                })}
              </Link>
              {d.identityNumberMasked && (
                <>, {t('participants.duplicateNumber', { number: d.identityNumberMasked })}</>
              )}
            </li>
          );
        })}
      </ul>
      {!numberTaken && (
        <CheckboxField
          form={form}
          name="confirmNotDuplicate"
          label={t('participants.confirmNotDuplicate')}
          hint={t('participants.confirmNotDuplicateHint')}
          checked={confirmed}
          onChange={(e) => onConfirm(e.target.checked)}
        />
      )}
    </div>
  );
}
