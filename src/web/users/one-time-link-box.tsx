import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OneTimeLink } from '#shared/users.ts';
import { formatDateTime } from '#web/lib/format.ts';
import './users.css';

type Props = { title: string; label: string; name: string; link: OneTimeLink };

/**
 * An activation or reset link, shown once: the server keeps only its hash. Focus moves here so that
 * screen-reader users hear that it appeared.
 */
export function OneTimeLinkBox({ title, label, name, link }: Props) {
  const { t, i18n } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const [copyStatus, setCopyStatus] = useState('');

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
    <section className="panel one-time-link" aria-labelledby="one-time-link-title">
      <h2 className="panel__title" id="one-time-link-title" ref={heading} tabIndex={-1}>
        {title}
      </h2>
      <p>{t('oneTimeLink.intro', { name, expires: formatDateTime(link.expiresAt, i18n.language) })}</p>
      <p className="one-time-link__warning">{t('oneTimeLink.secure')}</p>
      <label className="field__label" htmlFor="one-time-link">
        {label}
      </label>
      <textarea
        ref={field}
        id="one-time-link"
        className="input one-time-link__url"
        data-testid="one-time-link"
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
        <span role="status">{copyStatus}</span>
      </div>
    </section>
  );
}
