import { useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImportReport } from '#shared/participants.ts';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { Field } from '#web/components/field.tsx';
import { errorsFromProblem, noErrors } from '#web/components/form-errors.ts';
import { Notice } from '#web/components/notice.tsx';
import { Page } from '#web/components/page.tsx';
import { useImportParticipants } from './api.ts';
import { ImportColumns } from './import-columns.tsx';
import { ImportReportView } from './import-report.tsx';
import { acceptedFiles, maxFileBytes, reportOf } from './sheet-file.ts';
import './participant-import.css';

const form = 'participant-import';

/**
 * Participants from the programme's spreadsheet: the file is checked first (a dry run that writes nothing),
 * every row's problems are shown, and only a file without problems can be imported, on a second press.
 */
export function ParticipantImportPage() {
  const { t } = useTranslation();
  const importer = useImportParticipants();
  const [file, setFile] = useState<File | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const [checked, setChecked] = useState<{ file: File; report: ImportReport } | null>(null);
  const [written, setWritten] = useState<number | null>(null);
  const [errors, setErrors] = useState(noErrors);
  const reportHeading = useRef<HTMLHeadingElement>(null);
  const doneHeading = useRef<HTMLHeadingElement>(null);
  const overrides = {
    codes: {
      bad_request: t('import.unreadable'),
      payload_too_large: t('import.tooLarge'),
      unsupported_media_type: t('import.unsupportedType'),
    },
  };

  useEffect(() => {
    if (checked) reportHeading.current?.focus();
  }, [checked]);
  useEffect(() => {
    if (written !== null) doneHeading.current?.focus();
  }, [written]);

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    setFile(event.target.files?.[0] ?? null);
    setChecked(null);
    setWritten(null);
    setErrors(noErrors);
  };

  const check = (event: FormEvent) => {
    event.preventDefault();
    setChecked(null);
    setWritten(null);
    if (!file) return setErrors({ summary: null, fields: { file: t('import.chooseFile') } });
    if (file.size > maxFileBytes) return setErrors({ summary: null, fields: { file: t('import.tooLarge') } });
    setErrors(noErrors);
    importer.mutate(
      { file, dryRun: true },
      {
        onSuccess: (report) => setChecked({ file, report }),
        onError: (error) => setErrors(errorsFromProblem(t, error, overrides)),
      },
    );
  };

  const confirm = (file: File) =>
    importer.mutate(
      { file, dryRun: false },
      {
        onSuccess: (report) => {
          setChecked(null);
          setFile(null);
          setInputKey((key) => key + 1);
          setWritten(report.written);
        },
        onError: (error) => {
          // Someone may have registered one of the people since the check: the refusal carries the new report.
          const report = reportOf(error);
          if (report) setChecked({ file, report });
          else setErrors(errorsFromProblem(t, error, overrides));
        },
      },
    );

  const ready = checked && checked.report.problems.length === 0 ? checked : null;

  return (
    <Page title={t('import.title')} lead={t('import.lead')}>
      {written !== null && (
        <section className="panel" aria-labelledby="import-done-title">
          <h2 className="panel__title" id="import-done-title" ref={doneHeading} tabIndex={-1}>
            {t('import.doneTitle')}
          </h2>
          <Notice kind="success">
            <p>{t('import.done', { count: written })}</p>
          </Notice>
          <p>
            <Link to="/participants">{t('import.toList')}</Link>
          </p>
        </section>
      )}
      <ImportColumns />
      <ErrorSummary form={form} errors={errors} labels={{ file: t('import.file') }} />
      <form className="form" onSubmit={check} noValidate>
        <Field
          form={form}
          name="file"
          label={t('import.file')}
          hint={t('import.fileHint')}
          error={errors.fields.file}
        >
          {(control) => (
            <input
              key={inputKey}
              className="import-file"
              type="file"
              name="file"
              accept={acceptedFiles}
              onChange={choose}
              {...control}
            />
          )}
        </Field>
        <button className="button" type="submit" disabled={importer.isPending}>
          {importer.isPending && !checked ? t('import.checking') : t('import.check')}
        </button>
      </form>
      {checked && (
        <ImportReportView fileName={checked.file.name} report={checked.report} headingRef={reportHeading}>
          {ready && ready.report.rows === 0 && <p>{t('import.noRows')}</p>}
          {ready && ready.report.rows > 0 && (
            <>
              <p>{t('import.ready', { count: ready.report.rows })}</p>
              <button
                className="button"
                type="button"
                disabled={importer.isPending}
                onClick={() => confirm(ready.file)}
              >
                {importer.isPending
                  ? t('import.importing')
                  : t('import.confirm', { count: ready.report.rows })}
              </button>
            </>
          )}
        </ImportReportView>
      )}
    </Page>
  );
}
