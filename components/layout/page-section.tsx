import type { ReactNode } from 'react';

/** A titled section of a page: an h2 that also names the section for screen readers. */
export function PageSection({
  id,
  title,
  children,
  wide = false,
}: {
  id: string;
  title: string;
  children: ReactNode;
  /** Let the section use the page's full width (charts, tables) instead of a reading column. */
  wide?: boolean;
}) {
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className={`mt-10 break-inside-avoid ${wide ? '' : 'max-w-3xl'}`}
    >
      <h2 id={`${id}-heading`} className="text-2xl font-semibold">
        {title}
      </h2>
      <div className="mt-3 space-y-3">{children}</div>
    </section>
  );
}
