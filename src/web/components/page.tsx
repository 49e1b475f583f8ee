import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { usePageTitle } from '#web/lib/page-title.ts';

type Props = {
  title: string;
  /** The window title when it should differ from the heading (the home page's greeting, say). */
  windowTitle?: string;
  lead?: ReactNode;
  children?: ReactNode;
  wide?: boolean;
};

/**
 * A page: its window title, its one h1, and focus moved to that h1 after a client-side navigation so
 * screen-reader users hear that the page changed (on the first load focus stays at the top for the skip link).
 */
export function Page({ title, windowTitle, lead, children, wide }: Props) {
  usePageTitle(windowTitle ?? title);
  const heading = useRef<HTMLHeadingElement>(null);
  const location = useLocation();

  useEffect(() => {
    if (location.key !== 'default') heading.current?.focus();
  }, [location.key]);

  return (
    <div className={wide ? 'page page--wide' : 'page'}>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {lead && <p className="lead">{lead}</p>}
      {children}
    </div>
  );
}
