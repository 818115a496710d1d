import type { ReactNode } from 'react';

/** An amber callout with a bar on its left: a rule or caveat the reader should not miss. */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <p className="rounded-lg border-l-4 border-amber-600 bg-amber-50 p-4 dark:border-amber-400 dark:bg-amber-950/40">
      {children}
    </p>
  );
}
