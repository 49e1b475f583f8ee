import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '#web/components/notice.tsx';
import { formatDate } from '#web/lib/format.ts';

type Props = { url: string; qrSvg: string; firstName: string; expiresAt: string; languages: string[] };

/**
 * The invitation on paper: the QR code, the link and how to use it, in Swedish and in her language where the
 * catalogue has it. Shown once (only the link's hash is stored); printing prints this sheet alone.
 */
export function PaperInvitation({ url, qrSvg, firstName, expiresAt, languages }: Props) {
  const { t, i18n } = useTranslation();
  const [copied, setCopied] = useState(false);
  const other = languages.find((l) => l !== 'sv' && i18n.hasResourceBundle(l, 'translation'));
  const sheetLanguages = ['sv', ...(other ? [other] : [])];
  const expires = formatDate(expiresAt.slice(0, 10), 'sv');
  const copy = () =>
    navigator.clipboard.writeText(url).then(
      () => setCopied(true),
      () => setCopied(false),
    );

  return (
    <section className="app-invitation" aria-labelledby="app-paper-heading">
      <h3 id="app-paper-heading" className="no-print">
        {t('participantApp.paperTitle')}
      </h3>
      <p className="no-print">{t('participantApp.onlyOnce')}</p>
      <div className="app-invitation__sheet">
        <img
          className="app-invitation__qr"
          src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(qrSvg)}`}
          alt={t('participantApp.qrAlt')}
          width={240}
          height={240}
        />
        {sheetLanguages.map((lng) => {
          const tl = i18n.getFixedT(lng);
          return (
            <div key={lng} lang={lng} className="app-invitation__text">
              <p className="app-invitation__greeting">
                {tl('participantApp.sheet.greeting', { name: firstName })}
              </p>
              <ol>
                <li>{tl('participantApp.sheet.step1')}</li>
                <li>{tl('participantApp.sheet.step2')}</li>
                <li>{tl('participantApp.sheet.step3')}</li>
              </ol>
              <p>{tl('participantApp.sheet.expires', { date: expires })}</p>
            </div>
          );
        })}
        <p className="app-invitation__link" dir="ltr">
          {url}
        </p>
      </div>
      <p className="button-row no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('participantApp.print')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          {t('participantApp.copy')}
        </button>
      </p>
      {copied && <Notice kind="success">{t('participantApp.copied')}</Notice>}
    </section>
  );
}
