import type { ReactNode } from 'react';

type Props = { level: 3 | 4; id: string; className?: string; children: ReactNode };

/** A heading whose level depends on where the form sits, so headings stay in order. */
export function Heading({ level, id, className, children }: Props) {
  return level === 3 ? (
    <h3 id={id} className={className}>
      {children}
    </h3>
  ) : (
    <h4 id={id} className={className}>
      {children}
    </h4>
  );
}
