import { Link } from '@/components/ui/link';
import { PLACES_ATTRIBUTION } from '@/lib/finder';
import { formatDate } from '@/lib/format';
import { navPages, routes } from '@/lib/routes';
import { OnetAttribution } from '@/components/layout/onet-attribution';

export function SiteFooter({
  siteName,
  contentReviewed,
  onetRelease,
}: {
  siteName: string;
  contentReviewed: string;
  /** The O*NET release the finder's titles come from, for its attribution. */
  onetRelease: string;
}) {
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50 text-sm text-slate-700 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-300 print:hidden">
      <div className="mx-auto max-w-5xl space-y-4 px-4 py-8">
        <nav aria-label="More">
          <ul className="flex flex-wrap gap-x-5 gap-y-2">
            {navPages('footer').map((item) => (
              <li key={item.path}>
                <Link href={item.path}>{item.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <p>
          Content last reviewed against its sources on{' '}
          <time dateTime={contentReviewed.slice(0, 10)}>{formatDate(contentReviewed)}</time>. Every
          figure names its source and date; see <Link href={routes.sources()}>all sources</Link>.
        </p>
        <OnetAttribution siteName={siteName} release={onetRelease} />
        {/* The finder reads city names typed in a search with this data (CC BY 4.0 asks for it). */}
        <p>
          City names in the job-title finder come from{' '}
          <a href={PLACES_ATTRIBUTION.sourceUrl}>GeoNames</a>, used under{' '}
          <a href={PLACES_ATTRIBUTION.licenseUrl}>CC BY 4.0</a>.
        </p>
        <p>
          {siteName} is an independent guide. It sends nothing anywhere: no tracking, no accounts,
          no third-party requests.
        </p>
      </div>
    </footer>
  );
}
