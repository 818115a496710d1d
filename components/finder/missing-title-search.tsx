'use client';

import { Link } from '@/components/ui/link';
import { useLocationPath } from '@/components/ui/use-location';
import { formatMessage, localeOfPath, type Locale } from '@/lib/i18n';
// Not '@/lib/finder': the 404 page ships with every page, so it takes only the function it needs.
import { missingTitleWords } from '@/lib/finder/missing-title';
import { routesFor } from '@/lib/routes';

/**
 * On the 404 page of a missing /jobs/<slug>/ address: a search for the slug's words, in the
 * language of the address. The 404 page is static and the same for every address, so this needs
 * JavaScript; without it the page's usual links remain.
 */
export function MissingTitleSearch({
  searchFor,
}: {
  /** "Search job titles for “{words}”" in each language. */
  searchFor: Readonly<Record<Locale, string>>;
}) {
  const path = useLocationPath();
  const words = path === null ? undefined : missingTitleWords(path);
  if (path === null || words === undefined) return null;
  const locale = localeOfPath(path);
  return (
    <p className="mt-4 text-lg" lang={locale}>
      <Link href={routesFor(locale).jobSearch(words)}>
        {formatMessage(searchFor[locale], { words })}
      </Link>
    </p>
  );
}
