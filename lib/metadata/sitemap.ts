// The site's pages for sitemap.xml, listed from content so new titles and credentials appear by
// themselves. A browser test checks it against every page in out/.
import { getAnswers, getCertifications, getJobTitleSlugs, getRoles } from '../content';
import { routes, STATIC_PAGES } from '../routes';
import { LOCALES, localizePath } from '../i18n';
import { absoluteUrl } from '../site';
import { languageAlternates } from './page';

export function sitemapPaths(): string[] {
  return [
    ...STATIC_PAGES.map((page) => page.path),
    ...getRoles().map((role) => routes.role(role.slug)),
    ...getCertifications().map((cert) => routes.certification(cert.slug)),
    ...getJobTitleSlugs().map((slug) => routes.job(slug)),
    ...getAnswers().map((answer) => routes.answer(answer.slug)),
  ];
}

/** Every page in every language, each with its twins as alternates (hreflang in the sitemap). */
export function sitemapEntries(lastModified: string) {
  return sitemapPaths().flatMap((path) => {
    const languages = Object.fromEntries(
      Object.entries(languageAlternates(path))
        .filter(([language]) => language !== 'x-default')
        .map(([language, alternate]) => [language, absoluteUrl(alternate)]),
    );
    return LOCALES.map((locale) => ({
      url: absoluteUrl(localizePath(locale, path)),
      lastModified,
      alternates: { languages },
    }));
  });
}
