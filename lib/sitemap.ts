// The site's pages for sitemap.xml, listed from content so new titles and credentials appear by
// themselves. A browser test checks it against every page in out/.
import { getCertifications, getJobTitleSlugs, getRoles } from './content';
import { absoluteUrl } from './site';

const STATIC_PAGES = [
  '/',
  '/compare/',
  '/roles/',
  '/certifications/',
  '/outlook/',
  '/career-paths/',
  '/claim-journey/',
  '/quiz/',
  '/counselors/',
  '/jobs/',
  '/glossary/',
  '/sources/',
] as const;

export function sitemapPaths(): string[] {
  return [
    ...STATIC_PAGES,
    ...getRoles().map((role) => `/roles/${role.slug}/`),
    ...getCertifications().map((cert) => `/certifications/${cert.slug}/`),
    ...getJobTitleSlugs().map((slug) => `/jobs/${slug}/`),
  ];
}

export function sitemapEntries(lastModified: string) {
  return sitemapPaths().map((path) => ({ url: absoluteUrl(path), lastModified }));
}
