// The sources a printed page lists with their real addresses, since a printed link cannot be
// followed. The page's address and the review date are in every page's print footer
// (components/layout/print-footer.tsx).
import { getOnetRelease, getSources } from '@/lib/content';
import { routes } from '@/lib/routes';
import type { PrintSource } from '../types';

function printSource(source: ReturnType<typeof getSources>[number]): PrintSource {
  return {
    id: source.id,
    publisher: source.publisher,
    title: source.title,
    edition: source.edition,
    url: source.url,
  };
}

/** The sources that citation links (`/sources/#id`) point at, in the sources page's order. */
export function citedSources(hrefs: Iterable<string>): PrintSource[] {
  const wanted = new Set(hrefs);
  return getSources()
    .filter((source) => wanted.has(routes.source(source.id)))
    .map(printSource);
}

/** The O*NET release the finder's titles come from, as a source, where the content lists it. */
export function onetSources(): PrintSource[] {
  const release = getOnetRelease();
  return getSources()
    .filter((source) => source.title === release)
    .map(printSource);
}
