import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { figureKeys, maxMonths, monthsBetween, unitOnlyFigures } from '#shared/dashboards.ts';
import { typeName } from '#web/activities/activity-text.ts';
import { SelectField, TextField } from '#web/components/field.tsx';
import { Loading } from '#web/components/loading.tsx';
import { Notice } from '#web/components/notice.tsx';
import { Page } from '#web/components/page.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { todayIso } from '#web/lib/format.ts';
import { useDashboardScope, type Filters } from './api.ts';
import { FigurePanel } from './figure-panel.tsx';
import './dashboards.css';

const isMonth = (v: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(v);

/** The twelve months up to and including this one. */
function lastTwelveMonths(): { from: string; to: string } {
  const to = todayIso().slice(0, 7);
  const [y, m] = to.split('-').map(Number) as [number, number];
  const start = new Date(Date.UTC(y, m - 12, 1));
  return { from: start.toISOString().slice(0, 7), to };
}

/** Översikt: the unit's or the programme's figures, each a chart with its table, for a period and a selection. */
export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const scope = useDashboardScope();
  const [filters, setFilters] = useState<Filters>({
    ...lastTwelveMonths(),
    unitId: '',
    programmeId: '',
    activityType: '',
    activityId: '',
  });
  const [draft, setDraft] = useState(filters);
  const [periodError, setPeriodError] = useState<string | undefined>();
  // A new unit or kind leaves no activity chosen that the list no longer offers.
  const set = (name: keyof Filters) => (e: { target: { value: string } }) =>
    setDraft({
      ...draft,
      [name]: e.target.value,
      ...(name === 'unitId' || name === 'activityType' ? { activityId: '' } : {}),
    });
  const apply = (e: FormEvent) => {
    e.preventDefault();
    const months = isMonth(draft.from) && isMonth(draft.to) ? monthsBetween(draft.from, draft.to).length : 0;
    if (!months || months > maxMonths) {
      setPeriodError(t('dashboards.filters.periodError', { max: maxMonths }));
      return;
    }
    setPeriodError(undefined);
    setFilters(draft);
  };
  const data = scope.data;
  const activities =
    data?.activities.filter(
      (a) =>
        (!draft.unitId || a.unitId === draft.unitId) &&
        (!draft.activityType || a.type === draft.activityType),
    ) ?? [];
  const lang = i18n.language.startsWith('en') ? 'en' : 'sv';
  return (
    <Page title={t('dashboards.title')} lead={t('dashboards.lead')} wide>
      {scope.isPending && <Loading />}
      {scope.error && <QueryError error={scope.error} retry={() => void scope.refetch()} />}
      {data && (
        <>
          <form id="dashboard-filters" className="dashboard-filters" onSubmit={apply} noValidate>
            <fieldset>
              <legend>{t('dashboards.filters.legend')}</legend>
              <div className="dashboard-filters__fields">
                <TextField
                  form="dashboard-filters"
                  name="from"
                  type="month"
                  label={t('dashboards.filters.from')}
                  value={draft.from}
                  onChange={set('from')}
                  error={periodError}
                />
                <TextField
                  form="dashboard-filters"
                  name="to"
                  type="month"
                  label={t('dashboards.filters.to')}
                  value={draft.to}
                  onChange={set('to')}
                />
                {data.organisationWide && (
                  <SelectField
                    form="dashboard-filters"
                    name="unit"
                    label={t('dashboards.filters.unit')}
                    value={draft.unitId}
                    onChange={set('unitId')}
                  >
                    <option value="">{t('dashboards.filters.allUnits')}</option>
                    {data.units.map((u) => (
                      <option key={u.id} value={u.id}>
                        {u.name}
                      </option>
                    ))}
                  </SelectField>
                )}
                <SelectField
                  form="dashboard-filters"
                  name="programme"
                  label={t('dashboards.filters.programme')}
                  value={draft.programmeId}
                  onChange={set('programmeId')}
                >
                  <option value="">{t('dashboards.filters.allProgrammes')}</option>
                  {data.programmes.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                    </option>
                  ))}
                </SelectField>
                <SelectField
                  form="dashboard-filters"
                  name="activityType"
                  label={t('dashboards.filters.activityType')}
                  value={draft.activityType}
                  onChange={set('activityType')}
                >
                  <option value="">{t('dashboards.filters.allActivityTypes')}</option>
                  {data.activityTypes.map((k) => (
                    <option key={k.key} value={k.key}>
                      {typeName(k, lang)}
                    </option>
                  ))}
                </SelectField>
                <SelectField
                  form="dashboard-filters"
                  name="activity"
                  label={t('dashboards.filters.activity')}
                  value={draft.activityId}
                  onChange={set('activityId')}
                >
                  <option value="">{t('dashboards.filters.allActivities')}</option>
                  {activities.map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.title}
                    </option>
                  ))}
                </SelectField>
              </div>
              <button type="submit" className="button">
                {t('dashboards.filters.apply')}
              </button>
            </fieldset>
          </form>
          {data.suppressed ? (
            <Notice>{t('dashboards.suppressedNote')}</Notice>
          ) : (
            <p>{t('dashboards.ownUnit', { unit: data.units[0]?.name ?? '' })}</p>
          )}
          <div className="dashboard-grid">
            {figureKeys
              .filter((key) => !data.organisationWide || !unitOnlyFigures.includes(key))
              .map((key) => (
                <FigurePanel key={key} figureKey={key} filters={filters} />
              ))}
          </div>
        </>
      )}
    </Page>
  );
}
