import type { ReactNode } from 'react';

/** Read by screen readers, not shown: for context a sighted user gets from layout. */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="visually-hidden">{children}</span>;
}
