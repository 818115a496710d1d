// Finds the internal links and anchors of a built static site and reports the ones that do not
// resolve. Pure: it works on a map of page path -> HTML, so it is tested on small fixtures.

export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

const HREF = /<a\b[^>]*?\shref="([^"]*)"/gi;
const ID = /\sid="([^"]+)"/gi;

/** Resolves an href found on `page` to a site path and fragment, or undefined for external links. */
export function resolveInternal(
  page: string,
  href: string,
): { path: string; fragment: string } | undefined {
  const decoded = href.replace(/&amp;/g, '&');
  if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(decoded)) return undefined;
  const url = new URL(decoded, `http://site${page}`);
  return {
    path: decodeURIComponent(url.pathname),
    fragment: decodeURIComponent(url.hash.slice(1)),
  };
}

/**
 * @param pages HTML by page path ("/", "/compare/").
 * @param files other files the site serves ("/sitemap.xml", "/social/home.png").
 */
export function findBrokenLinks(
  pages: ReadonlyMap<string, string>,
  files: ReadonlySet<string>,
): BrokenLink[] {
  const ids = new Map(
    [...pages].map(([path, html]) => [path, new Set([...html.matchAll(ID)].map((m) => m[1]))]),
  );
  const broken: BrokenLink[] = [];
  for (const [page, html] of pages) {
    for (const [, href = ''] of html.matchAll(HREF)) {
      const target = resolveInternal(page, href);
      if (target === undefined) continue;
      const targetIds = ids.get(target.path);
      if (targetIds === undefined && !files.has(target.path)) {
        broken.push({ page, href, reason: `no page ${target.path}` });
      } else if (target.fragment !== '' && !targetIds?.has(target.fragment)) {
        broken.push({
          page,
          href,
          reason: `no element with id "${target.fragment}" on ${target.path}`,
        });
      }
    }
  }
  return broken;
}
