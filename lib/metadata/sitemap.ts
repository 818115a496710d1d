// The site's pages for sitemap.xml, listed from content so new titles and credentials appear by
// themselves. A browser test checks it against every page in out/.
import { getAnswers, getCertifications, getJobTitleSlugs, getRoles } from '../content';
import { routes, STATIC_PAGES } from '../routes';
import { absoluteUrl } from '../site';

export function sitemapPaths(): string[] {
  return [
    ...STATIC_PAGES.map((page) => page.path),
    ...getRoles().map((role) => routes.role(role.slug)),
    ...getCertifications().map((cert) => routes.certification(cert.slug)),
    ...getJobTitleSlugs().map((slug) => routes.job(slug)),
    ...getAnswers().map((answer) => routes.answer(answer.slug)),
  ];
}

export function sitemapEntries(lastModified: string) {
  return sitemapPaths().map((path) => ({ url: absoluteUrl(path), lastModified }));
}
