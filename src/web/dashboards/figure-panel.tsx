import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Figure, FigureKey } from '#shared/dashboards.ts';
import { Loading } from '#web/components/loading.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { formatMonth } from '#web/lib/format.ts';
import { figureExportUrl, useFigure, type Filters } from './api.ts';
import { downloadChartPng } from './chart-png.ts';
import { BarChart, LineChart } from './charts.tsx';
import { FigureTable } from './figure-table.tsx';
import { seriesOf, slug } from './figure-view.ts';

const monthShort = (month: string, lang: string) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'sv-SE', {
    month: 'short',
    year: '2-digit',
    timeZone: 'UTC',
  }).format(new Date(`${month}-01T00:00:00Z`));

const languageName = (code: string, lang: string) => {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
};

/** One figure: its heading, a chart or (by choice) its table, and downloads of the table and the picture. */
export function FigurePanel({ figureKey, filters }: { figureKey: FigureKey; filters: Filters }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('en') ? 'en' : 'sv';
  const figure = useFigure(figureKey, filters);
  const [asTable, setAsTable] = useState(false);
  const [pngFailed, setPngFailed] = useState(false);
  const chartBox = useRef<HTMLDivElement>(null);
  const title = t(`dashboards.figures.${figureKey}.title`);
  const number = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'sv-SE', { maximumFractionDigits: 2 });
  const format = (n: number) => number.format(n);
  const columnLabel = (key: string) => t(`dashboards.columns.${key}`, { defaultValue: key });
  const rowLabel = (row: Figure['rows'][number], short = false) => {
    if (figure.data?.chart === 'line')
      return short ? monthShort(row.key, lang) : formatMonth(`${row.key}-01`, lang);
    if (row.label) return row.label[lang];
    if (figureKey === 'languages') return languageName(row.key, lang);
    return t(`dashboards.rows.${row.key}`, { defaultValue: row.key });
  };
  const headingId = `figure-${figureKey}-heading`;
  const Chart = figure.data?.chart === 'line' ? LineChart : BarChart;
  const savePng = async () => {
    const svg = chartBox.current?.querySelector('svg');
    if (!svg) return;
    setPngFailed(false);
    try {
      await downloadChartPng(svg, `${slug(title)}-${filters.from}-${filters.to}.png`);
    } catch {
      setPngFailed(true);
    }
  };
  return (
    <section className="figure-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p className="muted">{t(`dashboards.figures.${figureKey}.lead`)}</p>
      {figure.isPending && <Loading />}
      {figure.error && <QueryError error={figure.error} retry={() => void figure.refetch()} />}
      {figure.data && figure.data.rows.length === 0 && <p>{t('dashboards.empty')}</p>}
      {figure.data && figure.data.rows.length > 0 && (
        <>
          <p className="button-row">
            <button
              type="button"
              className="button button--secondary"
              aria-pressed={asTable}
              onClick={() => setAsTable(!asTable)}
            >
              {t('dashboards.showTable')}
            </button>
          </p>
          {asTable ? (
            <FigureTable
              figure={figure.data}
              caption={title}
              rowLabel={(row) => rowLabel(row)}
              columnLabel={columnLabel}
              format={format}
            />
          ) : (
            <div className="figure-panel__chart" ref={chartBox}>
              <Chart
                id={`chart-${figureKey}`}
                title={title}
                description={t('dashboards.chartDescription')}
                categories={figure.data.rows.map((row) => rowLabel(row, true))}
                series={seriesOf(figure.data, columnLabel)}
                hiddenMark="<5"
                format={format}
              />
            </div>
          )}
          <p className="button-row">
            {(['csv', 'xlsx'] as const).map((format) => (
              <a
                key={format}
                className="button button--secondary"
                href={figureExportUrl(figureKey, filters, format, lang)}
                download
              >
                {t(`dashboards.download.${format}`)}
                <span className="visually-hidden">: {title}</span>
              </a>
            ))}
            {!asTable && (
              <button type="button" className="button button--secondary" onClick={() => void savePng()}>
                {t('dashboards.download.png')}
                <span className="visually-hidden">: {title}</span>
              </button>
            )}
          </p>
          {pngFailed && <p className="field__error">{t('dashboards.download.pngFailed')}</p>}
        </>
      )}
    </section>
  );
}
