'use client';

import { usePathname } from 'next/navigation';
import { routes } from '@/lib/routes';
import { addressOn } from '@/lib/site';

/**
 * A page's path as the site links it, with the trailing "/" of the export (next.config.mjs). The
 * "page not found" page renders as Next's own /_not-found route, whose address means nothing to a
 * reader: it prints the home page's.
 */
function sitePath(pathname: string): string {
  if (pathname.startsWith('/_')) return routes.home();
  return pathname.endsWith('/') ? pathname : `${pathname}/`;
}

/**
 * Printed only: where the paper came from (the page's full address), when the content was last
 * reviewed against its sources, and where the sources are listed, so a printout can be checked.
 * The address is the public one (SITE_URL), given by the server, never the address it was read on.
 */
export function PrintFooter({
  siteUrl,
  printedFrom,
  reviewed,
}: {
  /** The site's public address, without a trailing "/" (SITE_URL). */
  siteUrl: string;
  /** "Printed from Coder or Biller:", in the page's language. */
  printedFrom: string;
  /**
   * When the content was last reviewed and where the sources are, in the page's language: the
   * words before and after the date, the date as read and as an ISO day (for <time>).
   */
  reviewed: { before: string; date: string; isoDay: string; after: string };
}) {
  const address = addressOn(siteUrl, sitePath(usePathname()));
  return (
    <div
      data-print-footer=""
      className="mx-auto mt-8 hidden w-full max-w-5xl border-t border-slate-400 px-4 pt-2 text-xs print:block"
    >
      <p>
        {printedFrom}{' '}
        {/* The "page not found" page is built without an address (it prints the home page's), yet
            in the browser it has the one asked for: the built text stays, with no hydration error. */}
        <span data-print-address="" suppressHydrationWarning>
          {address}
        </span>
      </p>
      <p>
        {reviewed.before}
        <time dateTime={reviewed.isoDay}>{reviewed.date}</time>
        {reviewed.after}
      </p>
    </div>
  );
}
