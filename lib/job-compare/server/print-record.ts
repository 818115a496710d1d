// What a printed page carries that links cannot: the page's own address, when the content was last
// reviewed, and each source with its real address.
import { getOnetRelease, getSiteInfo, getSources } from '@/lib/content';
import { formatDate } from '@/lib/format';
import { routes } from '@/lib/routes';
import { absoluteUrl } from '@/lib/site';
import type { PrintRecord, PrintSource } from '../types';

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

/** The print record of the page at `path`, naming `sources`. */
export function printRecord(path: string, sources: PrintSource[]): PrintRecord {
  const reviewed = getSiteInfo().contentReviewed.slice(0, 10);
  return {
    address: absoluteUrl(path),
    reviewed: { iso: reviewed, text: formatDate(reviewed) },
    sourcesAddress: absoluteUrl(routes.sources()),
    sources,
  };
}
