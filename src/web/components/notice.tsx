import type { ReactNode } from 'react';
import './notice.css';

type Props = { kind?: 'success' | 'info' | 'warning'; children: ReactNode };

/** A short message about what just happened; polite, so it does not interrupt. */
export function Notice({ kind = 'info', children }: Props) {
  return (
    <div className={`notice notice--${kind}`} role="status">
      {children}
    </div>
  );
}
