// What a page tells search engines and link previews: title, description and canonical address,
// social cards, schema.org JSON-LD, and the sitemap.
export { languageAlternates, pageMetadata } from './page';
export { socialCard, socialCards, socialImages, type SocialCardSpec } from './social-cards';
export { jobTitleJsonLd, roleJsonLd, serializeJsonLd, websiteJsonLd } from './structured-data';
export { sitemapEntries, sitemapPaths } from './sitemap';
