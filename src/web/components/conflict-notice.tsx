import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Fields } from './changed-fields.ts';
import type { Conflict } from './use-conflict.ts';
import './conflict-notice.css';
import './notice.css';

export type ConflictNoticeProps<V extends Fields> = {
  /** The form's id prefix. */
  form: string;
  /** The feature's own sentence: someone else changed the enhet, the handlingsplan… */
  message: string;
  conflict: Conflict<V> | null;
  labels: Partial<Record<string, string>>;
  /** A field's value in words; null leaves the value out; without it, text and yes/no are shown as they are. */
  show?: (field: keyof V & string, values: V) => string | null | undefined;
  onLoad: () => void;
  onUse: (field: keyof V & string) => void;
};

function plainValue(t: TFunction, value: unknown): string | null {
  if (typeof value === 'string') return value.trim() ? value : t('conflict.empty');
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (Array.isArray(value) && value.every((v) => typeof v === 'string'))
    return value.length ? value.join(', ') : t('conflict.empty');
  return null;
}

/**
 * After a stale save: what someone else changed (with their new values), a button that loads their version
 * into the form, and then what the user had typed, each with a button that puts it back. Focused when it
 * appears or changes step, like the error summary.
 */
export function ConflictNotice<V extends Fields>(props: ConflictNoticeProps<V>) {
  const { form, message, conflict, labels, show, onLoad, onUse } = props;
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const phase = conflict?.phase;

  useEffect(() => {
    if (phase === 'found' || phase === 'loaded') ref.current?.focus();
  }, [phase]);

  if (!conflict) return null;
  const titleId = `${form}-conflict-title`;
  const label = (field: keyof V & string) => labels[field] ?? field;
  const valueOf = (field: keyof V & string, values: V) => {
    const shown = show?.(field, values);
    return shown === undefined ? plainValue(t, values[field]) : shown;
  };
  const line = (field: keyof V & string, values: V) => {
    const value = valueOf(field, values);
    return (
      <>
        <strong>{label(field)}</strong>
        {value !== null && (
          <>
            : <span className="conflict-notice__value">{value}</span>
          </>
        )}
      </>
    );
  };

  if (conflict.phase === 'loaded') {
    return (
      <div
        className="notice notice--info conflict-notice"
        role="status"
        tabIndex={-1}
        ref={ref}
        aria-labelledby={titleId}
      >
        <h2 className="conflict-notice__title" id={titleId}>
          {t('conflict.loadedTitle')}
        </h2>
        {conflict.mine.length === 0 && <p>{t('conflict.nothingOfYours')}</p>}
        {conflict.mine.length > 0 && conflict.used.length === conflict.mine.length && (
          <p>{t('conflict.allUsed')}</p>
        )}
        {conflict.used.length < conflict.mine.length && (
          <>
            <p>{t('conflict.yoursLead')}</p>
            <ul className="conflict-notice__list">
              {conflict.mine
                .filter((field) => !conflict.used.includes(field))
                .map((field) => (
                  <li key={field}>
                    {line(field, conflict.yours)}{' '}
                    <button
                      type="button"
                      className="button-link"
                      aria-label={t('conflict.useField', { field: label(field) })}
                      onClick={() => {
                        onUse(field);
                        // The button goes; focus stays in the notice rather than falling to the page.
                        ref.current?.focus();
                      }}
                    >
                      {t('conflict.use')}
                    </button>
                  </li>
                ))}
            </ul>
          </>
        )}
        <p>{t('conflict.saveAgain')}</p>
      </div>
    );
  }

  return (
    <div
      className="notice notice--warning conflict-notice"
      role="alert"
      tabIndex={-1}
      ref={ref}
      aria-labelledby={titleId}
    >
      <h2 className="conflict-notice__title" id={titleId}>
        {t('conflict.title')}
      </h2>
      <p>{message}</p>
      {conflict.phase === 'checking' && <p>{t('conflict.checking')}</p>}
      {conflict.phase === 'found' && conflict.theirs && (
        <>
          {conflict.changed.length > 0 ? (
            <>
              <p>{t('conflict.changedLead')}</p>
              <ul className="conflict-notice__list">
                {conflict.changed.map((field) => (
                  <li key={field}>{line(field, conflict.theirs!)}</li>
                ))}
              </ul>
            </>
          ) : (
            <p>{t('conflict.nothingHere')}</p>
          )}
        </>
      )}
      {conflict.phase === 'found' && !conflict.theirs && <p>{t('conflict.notFetched')}</p>}
      {conflict.phase === 'found' && (
        <>
          {conflict.theirs && <p>{t('conflict.loadHint')}</p>}
          <p>
            <button type="button" className="button button--secondary" onClick={onLoad}>
              {t('common.reload')}
            </button>
          </p>
        </>
      )}
    </div>
  );
}
