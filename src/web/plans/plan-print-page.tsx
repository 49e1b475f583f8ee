import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { SelectField } from '#web/components/field.tsx';
import { Loading } from '#web/components/loading.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { languages, isLanguage, type Language } from '#web/i18n/language.ts';
import { usePageTitle } from '#web/lib/page-title.ts';
import { useParticipant } from '#web/participants/api.ts';
import { usePlan } from './api.ts';
import { PlanDocument } from './plan-document.tsx';
import { useDomains } from './use-domains.ts';
import './plan-print.css';

/**
 * The plan on paper, for her to keep and sign, in a language chosen here (kept in the address). The
 * printout uses a fixed translation function, so choosing its language leaves the app's language alone.
 */
export function PlanPrintPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  usePageTitle(t('planPrint.title'));
  const [params, setParams] = useSearchParams();
  const asked = params.get('lang');
  const lang: Language = isLanguage(asked) ? asked : isLanguage(i18n.language) ? i18n.language : 'sv';
  const participant = useParticipant(id);
  const plan = usePlan(id);
  const domains = useDomains();
  const error = participant.error ?? plan.error;

  return (
    <div className="page page--wide plan-print">
      <div className="plan-print__controls">
        <SelectField
          form="plan-print"
          name="lang"
          label={t('planPrint.language')}
          width="medium"
          value={lang}
          onChange={(e) => setParams({ lang: e.target.value }, { replace: true })}
        >
          {languages.map((l) => (
            <option key={l} value={l} lang={l}>
              {t(`language.${l}`)}
            </option>
          ))}
        </SelectField>
        <div className="button-row">
          <button type="button" className="button" onClick={() => window.print()}>
            {t('planPrint.print')}
          </button>
          <Link to={`/participants/${id}/plan`}>{t('planPrint.back')}</Link>
        </div>
      </div>
      {(participant.isPending || plan.isPending) && !error && <Loading />}
      {error && <QueryError error={error} />}
      {participant.data && plan.data && (
        <PlanDocument
          t={i18n.getFixedT(lang)}
          lang={lang}
          name={`${participant.data.firstName} ${participant.data.lastName}`}
          plan={plan.data}
          domains={domains}
        />
      )}
    </div>
  );
}
