import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment, AssessmentTemplate } from '#shared/assessments.ts';
import { SelectField } from '#web/components/field.tsx';
import { Loading } from '#web/components/loading.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { RadioGroup } from '#web/components/radio-group.tsx';
import { formatDate } from '#web/lib/format.ts';
import { useDistance } from './api.ts';
import { labelOf } from './assessment-values.ts';
import { DistanceChart } from './distance-chart.tsx';
import { DistanceRadar } from './distance-radar.tsx';
import { DistanceTable } from './distance-table.tsx';
import { DistanceTimeline } from './distance-timeline.tsx';

type Props = { participantId: string; assessments: Assessment[]; templates: AssessmentTemplate[] };

const form = 'distance';
const views = ['radar', 'bars', 'time'] as const;
type View = (typeof views)[number];

/**
 * Distance travelled between two kartläggningar, as a chart (radar, paired bars, or every domain over time)
 * and as a table, with a choice of which two and of the chart.
 */
export function DistanceView({ participantId, assessments, templates }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const byDate = [...assessments].sort((a, b) => a.assessedOn.localeCompare(b.assessedOn));
  const [from, setFrom] = useState(byDate[0]?.id ?? '');
  const [to, setTo] = useState(byDate[byDate.length - 1]?.id ?? '');
  const [view, setView] = useState<View>('radar');
  const distance = useDistance(participantId, from, to);
  const name = (a: Assessment | undefined) =>
    a ? t('assessments.option', { date: formatDate(a.assessedOn, lang), by: a.assessedByName }) : '';
  const fromA = assessments.find((a) => a.id === from);
  const toA = assessments.find((a) => a.id === to);
  const template = templates.find((tp) => tp.key === toA?.templateKey);
  const domainLabel = (key: string) => {
    const d = template?.domains.find((x) => x.key === key);
    return d ? labelOf(d, lang) : key;
  };
  const rows = distance.data?.domains.map((d) => ({ ...d, label: domainLabel(d.key) })) ?? [];
  const ready = Boolean(distance.data) && from !== to;
  const domains = template
    ? template.domains.map((d) => ({ key: d.key, label: labelOf(d, lang) }))
    : rows.map(({ key, label }) => ({ key, label }));

  const select = (fieldName: 'from' | 'to', value: string, set: (v: string) => void) => (
    <SelectField
      form={form}
      name={fieldName}
      label={t(`assessments.compare${fieldName === 'from' ? 'From' : 'To'}`)}
      value={value}
      onChange={(e) => set(e.target.value)}
    >
      {byDate.map((a) => (
        <option key={a.id} value={a.id}>
          {name(a)}
        </option>
      ))}
    </SelectField>
  );

  return (
    <section aria-labelledby="distance-title">
      <h3 id="distance-title">{t('assessments.distanceTitle')}</h3>
      <div className="distance-selectors">
        {select('from', from, setFrom)}
        {select('to', to, setTo)}
      </div>
      <div className="distance-views">
        <RadioGroup
          form={form}
          name="view"
          legend={t('assessments.viewLegend')}
          value={view}
          onChange={(v) => setView(views.find((x) => x === v) ?? 'radar')}
          inline
          small
          options={views.map((v) => ({ value: v, label: t(`assessments.views.${v}`) }))}
        />
      </div>
      {from === to && <p>{t('assessments.chooseTwo')}</p>}
      {distance.isFetching && !distance.data && <Loading />}
      {distance.error && <QueryError error={distance.error} retry={() => void distance.refetch()} />}
      {(ready || view === 'time') && (
        <div className="distance">
          {view === 'time' && <DistanceTimeline assessments={assessments} domains={domains} />}
          {view === 'bars' && ready && (
            <DistanceChart rows={rows} fromLabel={name(fromA)} toLabel={name(toA)} />
          )}
          {view === 'radar' && ready && (
            <DistanceRadar rows={rows} fromLabel={name(fromA)} toLabel={name(toA)} />
          )}
          {ready && <DistanceTable rows={rows} fromLabel={name(fromA)} toLabel={name(toA)} />}
        </div>
      )}
    </section>
  );
}
