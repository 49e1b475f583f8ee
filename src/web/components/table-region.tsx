import type { ReactNode } from 'react';
import './table.css';

/**
 * A wide table scrolls sideways on a phone; the scroll area is a labelled region that takes focus,
 * so keyboard users can scroll it too.
 */
export function TableRegion({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <div className="table-region" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
