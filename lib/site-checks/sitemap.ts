// The sitemap must list every page meant for search engines, and nothing else.

/** Whether a page's HTML asks search engines to keep it out of their index (as Next writes it). */
export function isNoindex(html: string): boolean {
  return /<meta name="robots" content="[^"]*\bnoindex\b/.test(html);
}

/** The page paths a sitemap lists, in order ("https://example.org/compare/" is "/compare/"). */
export function sitemapPaths(sitemapXml: string): string[] {
  return [...sitemapXml.matchAll(/<loc>https?:\/\/[^/<]+(\/[^<]*)<\/loc>/g)].map(
    ([, path]) => path ?? '',
  );
}

/** Pages missing from the sitemap, and sitemap entries that are no indexable page. */
export function sitemapProblems(sitemapXml: string, indexable: readonly string[]): string[] {
  const paths = sitemapPaths(sitemapXml);
  const listed = new Set(paths);
  const wanted = new Set(indexable);
  return [
    ...paths
      .filter((path, index) => paths.indexOf(path) !== index)
      .map((path) => `the sitemap lists ${path} twice`),
    ...indexable.filter((path) => !listed.has(path)).map((path) => `${path} is not in the sitemap`),
    ...[...listed]
      .filter((path) => !wanted.has(path))
      .map((path) => `the sitemap lists ${path}, which is no indexable page`),
  ];
}
