import type { ReactNode } from 'react';

/** The page's one h1 and its lead paragraph(s). */
export function PageIntro({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="mb-8 max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{title}</h1>
      {children ? (
        <div className="mt-4 space-y-3 text-lg text-slate-700 dark:text-slate-300 print:text-base">
          {children}
        </div>
      ) : null}
    </div>
  );
}
