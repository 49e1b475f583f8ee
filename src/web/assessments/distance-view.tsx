import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment, AssessmentTemplate } from '#shared/assessments.ts';
import { SelectField } from '#web/components/field.tsx';
import { Loading } from '#web/components/loading.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { TableRegion } from '#web/components/table-region.tsx';
import { formatDate } from '#web/lib/format.ts';
import { useDistance } from './api.ts';
import { labelOf } from './assessment-values.ts';
import { DistanceChart } from './distance-chart.tsx';

type Props = { participantId: string; assessments: Assessment[]; templates: AssessmentTemplate[] };

const form = 'distance';
const dash = '–';

/** Distance travelled between two kartläggningar, as a chart and as a table, with a choice of which two. */
export function DistanceView({ participantId, assessments, templates }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const byDate = [...assessments].sort((a, b) => a.assessedOn.localeCompare(b.assessedOn));
  const [from, setFrom] = useState(byDate[0]?.id ?? '');
  const [to, setTo] = useState(byDate[byDate.length - 1]?.id ?? '');
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
  const n = (v: number | null) => (v === null ? dash : String(v));
  const signed = (v: number | null) => (v === null ? dash : v > 0 ? `+${v}` : String(v));

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
      {from === to && <p>{t('assessments.chooseTwo')}</p>}
      {distance.isFetching && !distance.data && <Loading />}
      {distance.error && <QueryError error={distance.error} retry={() => void distance.refetch()} />}
      {distance.data && from !== to && (
        <div className="distance">
          <DistanceChart rows={rows} fromLabel={name(fromA)} toLabel={name(toA)} />
          <TableRegion labelledBy="distance-caption">
            <table className="table">
              <caption id="distance-caption">
                {t('assessments.distanceCaption', { from: name(fromA), to: name(toA) })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('assessments.domain')}</th>
                  <th scope="col">{t('assessments.from')}</th>
                  <th scope="col">{t('assessments.to')}</th>
                  <th scope="col">{t('assessments.change')}</th>
                  <th scope="col">{t('assessments.selfFromTo')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.key}>
                    <th scope="row">{r.label}</th>
                    <td>{n(r.from)}</td>
                    <td>{n(r.to)}</td>
                    <td>{signed(r.change)}</td>
                    <td>
                      {n(r.selfFrom)} → {n(r.selfTo)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        </div>
      )}
    </section>
  );
}
