import { Link } from '@/components/ui/link';
import { RichText } from '@/components/ui/rich-text';
import { PLACES_ATTRIBUTION } from '@/lib/finder';
import { formatDate } from '@/lib/format';
import { formatMessage, splitAtPlaceholder, type Locale } from '@/lib/i18n';
import { getMessages } from '@/lib/i18n/messages';
import { navPages } from '@/lib/navigation';
import { routesFor } from '@/lib/routes';
import { OnetAttribution } from '@/components/layout/onet-attribution';

export function SiteFooter({
  siteName,
  contentReviewed,
  onetRelease,
  locale,
}: {
  siteName: string;
  contentReviewed: string;
  /** The O*NET release the finder's titles come from, for its attribution. */
  onetRelease: string;
  locale: Locale;
}) {
  const messages = getMessages(locale).layout;
  const [before, after] = splitAtPlaceholder(messages.reviewed, 'date');
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50 text-sm text-slate-700 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-300 print:hidden">
      <div className="mx-auto max-w-5xl space-y-4 px-4 py-8">
        <nav aria-label={messages.moreNav}>
          <ul className="flex flex-wrap gap-x-5 gap-y-2">
            {navPages('footer', locale).map((item) => (
              <li key={item.id}>
                <Link href={item.href}>{item.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <p>
          {before}
          <time dateTime={contentReviewed.slice(0, 10)}>{formatDate(contentReviewed, locale)}</time>
          <RichText
            text={after}
            tags={{ sources: (words) => <Link href={routesFor(locale).sources()}>{words}</Link> }}
          />
        </p>
        <OnetAttribution siteName={siteName} release={onetRelease} />
        {/* The finder reads city names typed in a search with this data (CC BY 4.0 asks for it). */}
        <p>
          <RichText
            text={messages.cities}
            tags={{
              geonames: (words) => <a href={PLACES_ATTRIBUTION.sourceUrl}>{words}</a>,
              licence: (words) => <a href={PLACES_ATTRIBUTION.licenseUrl}>{words}</a>,
            }}
          />
        </p>
        <p>{formatMessage(messages.independent, { site: siteName })}</p>
      </div>
    </footer>
  );
}
