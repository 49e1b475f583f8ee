import { useEffect, useRef, type ReactNode } from 'react';
import { useT } from '../lib/i18n.tsx';

/**
 * One page of the app: its h1 (focused when the page opens, so a screen reader starts there), the tab title,
 * and the text the read-aloud button reads (everything inside `[data-read]`).
 */
export function Page(props: { title: string; lead?: string; children?: ReactNode }) {
  const { title, lead, children } = props;
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <div className="p-page" data-read>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {lead && <p className="p-lead">{lead}</p>}
      {children}
    </div>
  );
}

/** A short message in a box: what went wrong, what is done, or that what shows may be old. */
export function Notice(props: { kind: 'info' | 'success' | 'warning'; children: ReactNode }) {
  return (
    <div className={`p-notice p-notice--${props.kind}`} role={props.kind === 'warning' ? 'alert' : 'status'}>
      {props.children}
    </div>
  );
}
