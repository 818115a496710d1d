// Checks of the built site in out/ that need no browser: per-page HTML, links, the sitemap, the CSP.
export { findBrokenLinks, resolveInternal, type BrokenLink } from './links';
export { cspMetaProblems, directiveSources } from './csp-meta';
export { foreignResources, pageProblems, unsourcedFigures } from './page';
export { parseHtml } from './parse';
export { isNoindex, sitemapPaths, sitemapProblems } from './sitemap';
