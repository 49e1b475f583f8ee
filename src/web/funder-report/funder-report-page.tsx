import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { KeptExport, ReportPreview } from '#shared/funder-report.ts';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { SelectField, TextField } from '#web/components/field.tsx';
import { errorsFromProblem, noErrors } from '#web/components/form-errors.ts';
import { Loading } from '#web/components/loading.tsx';
import { Notice } from '#web/components/notice.tsx';
import { Page } from '#web/components/page.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { TableRegion } from '#web/components/table-region.tsx';
import { formatDateTime, formatMonth, todayIso } from '#web/lib/format.ts';
import { useProgrammes } from '#web/programmes/api.ts';
import { exportFileUrl, useExportMonth, useMoreValidation, useReportPreview } from './api.ts';
import './funder-report.css';

const isMonth = (m: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(m);

/** Rapport till ESF: a programme's month, its problems first, then its export and the kept exports. */
export function FunderReportPage() {
  const { t, i18n } = useTranslation();
  const programmes = useProgrammes();
  const [params, setParams] = useSearchParams();
  const programmeId = params.get('programme') ?? programmes.data?.[0]?.id ?? '';
  const month = params.get('month') ?? todayIso().slice(0, 7);
  const choose = (key: string, value: string) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      next.set('programme', programmeId);
      next.set('month', month);
      next.set(key, value);
      return next;
    });
  const preview = useReportPreview(programmeId, month);
  const monthName = isMonth(month) ? formatMonth(`${month}-01`, i18n.language) : '';
  return (
    <Page title={t('funderReport.page.title')} lead={t('funderReport.page.lead')} wide>
      {programmes.error && <QueryError error={programmes.error} retry={() => void programmes.refetch()} />}
      <div className="funder-report__choice">
        <SelectField
          form="funder-report"
          name="programme"
          label={t('funderReport.page.programme')}
          value={programmeId}
          onChange={(e) => choose('programme', e.target.value)}
        >
          {programmes.data?.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
        <TextField
          form="funder-report"
          name="month"
          type="month"
          label={t('funderReport.page.month')}
          hint={t('funderReport.page.monthHint')}
          width="medium"
          value={month}
          onChange={(e) => choose('month', e.target.value)}
        />
      </div>
      {preview.isPending && preview.fetchStatus !== 'idle' && <Loading />}
      {preview.error && <QueryError error={preview.error} retry={() => void preview.refetch()} />}
      {preview.data && <Report preview={preview.data} monthName={monthName} />}
    </Page>
  );
}

function Report({ preview, monthName }: { preview: ReportPreview; monthName: string }) {
  const { t } = useTranslation();
  const exportMonth = useExportMonth(preview.programmeId);
  const [errors, setErrors] = useState(noErrors);
  const [done, setDone] = useState<string | null>(null);
  const run = (month: string, andLater: boolean) => {
    setDone(null);
    setErrors(noErrors);
    exportMonth.mutate(
      { month, andLater },
      {
        onSuccess: (kept) =>
          setDone(
            t('funderReport.page.exported', {
              count: kept.length,
              months: kept.map((k) => `${k.month} (v${k.version})`).join(', '),
            }),
          ),
        onError: (error) => setErrors(errorsFromProblem(t, error)),
      },
    );
  };
  return (
    <>
      <section aria-labelledby="funder-report-problems">
        <h2 id="funder-report-problems">
          {t('funderReport.page.problemsTitle', { count: preview.validationTotal })}
        </h2>
        {preview.validation.length === 0 ? (
          <p>{t('funderReport.page.noProblems')}</p>
        ) : (
          <ValidationTable preview={preview} />
        )}
      </section>
      <section aria-labelledby="funder-report-month">
        <h2 id="funder-report-month">{t('funderReport.page.monthTitle', { month: monthName })}</h2>
        <dl className="funder-report__counts">
          <dt>{t('funderReport.page.entries')}</dt>
          <dd>{preview.entries}</dd>
          <dt>{t('funderReport.page.exits')}</dt>
          <dd>{preview.exits}</dd>
        </dl>
        <ErrorSummary form="funder-report-export" errors={errors} />
        {done && <Notice kind="success">{done}</Notice>}
        <p>
          <button
            type="button"
            className="button"
            disabled={exportMonth.isPending}
            onClick={() => run(preview.month, false)}
          >
            {t('funderReport.page.export', { month: monthName })}
          </button>
        </p>
        <p className="muted">{t('funderReport.page.exportHint')}</p>
      </section>
      <section aria-labelledby="funder-report-kept">
        <h2 id="funder-report-kept">{t('funderReport.page.keptTitle')}</h2>
        {preview.exports.length === 0 ? (
          <p>{t('funderReport.page.noneKept')}</p>
        ) : (
          <KeptTable
            exports={preview.exports}
            pending={exportMonth.isPending}
            onReExport={(m) => run(m, true)}
          />
        )}
      </section>
    </>
  );
}

/** The preview's first page of problems, and the next pages when she asks for them. */
function ValidationTable({ preview }: { preview: ReportPreview }) {
  const { t } = useTranslation();
  const more = useMoreValidation(preview.programmeId, preview.validationNext);
  const lines = [...preview.validation, ...(more.data?.pages.flatMap((p) => p.lines) ?? [])];
  const hasMore = more.data ? more.hasNextPage : preview.validationNext !== null;
  const fetching = more.isFetching;
  return (
    <>
      <ProblemRows lines={lines} />
      {more.error && <QueryError error={more.error} retry={() => void more.refetch()} />}
      {hasMore && (
        <p>
          <span className="muted">
            {t('funderReport.page.shown', { shown: lines.length, total: preview.validationTotal })}
          </span>{' '}
          <button
            type="button"
            className="button button--secondary"
            disabled={fetching}
            onClick={() => void (more.data ? more.fetchNextPage() : more.refetch())}
          >
            {fetching ? t('app.loading') : t('funderReport.page.showMore')}
          </button>
        </p>
      )}
    </>
  );
}

function ProblemRows({ lines }: { lines: ReportPreview['validation'] }) {
  const { t } = useTranslation();
  return (
    <TableRegion labelledBy="funder-report-validation-caption">
      <table className="table">
        <caption id="funder-report-validation-caption">{t('funderReport.page.problemsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('funderReport.page.participant')}</th>
            <th scope="col">{t('funderReport.page.unit')}</th>
            <th scope="col">{t('funderReport.page.problems')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.participantId}>
              <th scope="row">
                {line.name ? (
                  <Link to={`/participants/${line.participantId}/esf`}>{line.name}</Link>
                ) : (
                  line.code
                )}
              </th>
              <td>{line.unitName}</td>
              <td>
                <ul className="funder-report__problems">
                  {line.problems.map((p) => (
                    <li key={p}>{t(`funderReport.problems.${p}`)}</li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

type KeptProps = { exports: KeptExport[]; pending: boolean; onReExport: (month: string) => void };

function KeptTable({ exports, pending, onReExport }: KeptProps) {
  const { t, i18n } = useTranslation();
  const latestOfMonth = new Set(
    exports.filter((e, i) => exports.findIndex((x) => x.month === e.month) === i).map((e) => e.id),
  );
  return (
    <TableRegion labelledBy="funder-report-kept-caption">
      <table className="table">
        <caption id="funder-report-kept-caption">{t('funderReport.page.keptCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('funderReport.page.month')}</th>
            <th scope="col">{t('funderReport.page.version')}</th>
            <th scope="col">{t('funderReport.page.rows')}</th>
            <th scope="col">{t('funderReport.page.exportedBy')}</th>
            <th scope="col">{t('funderReport.page.files')}</th>
            <th scope="col">{t('funderReport.page.again')}</th>
          </tr>
        </thead>
        <tbody>
          {exports.map((e) => {
            const monthName = formatMonth(`${e.month}-01`, i18n.language);
            const which = t('funderReport.page.which', { month: monthName, version: e.version });
            return (
              <tr key={e.id}>
                <th scope="row">{monthName}</th>
                <td>{e.version}</td>
                <td>{e.rows}</td>
                <td>
                  {e.createdByName}, {formatDateTime(e.createdAt, i18n.language)}
                  <br />
                  <span className="muted funder-report__checksum">
                    {t('funderReport.page.checksum', { checksum: e.checksum.slice(0, 12) })}
                  </span>
                </td>
                <td className="table__nowrap">
                  <a href={exportFileUrl(e.id, 'xlsx', i18n.language)} download aria-label={`XLSX, ${which}`}>
                    XLSX
                  </a>{' '}
                  <a href={exportFileUrl(e.id, 'csv', i18n.language)} download aria-label={`CSV, ${which}`}>
                    CSV
                  </a>
                </td>
                <td>
                  {latestOfMonth.has(e.id) && (
                    <button
                      type="button"
                      className="button button--secondary"
                      disabled={pending}
                      onClick={() => onReExport(e.month)}
                      aria-label={t('funderReport.page.reExportLabel', { month: monthName })}
                    >
                      {t('funderReport.page.reExport')}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableRegion>
  );
}
