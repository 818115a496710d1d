// The site's page links in a language: the header's and footer's lists and the 404 page's offers,
// named from the `nav` catalog. Apart from lib/routes so that client code, which needs addresses,
// never loads the catalogs.
import { localizePath, type Locale } from '../i18n';
import { getMessages } from '../i18n/messages';
import { STATIC_PAGES, type NavPlacement, type StaticPage, type StaticPageId } from '../routes';

/** A static page as a link in a language: its address there and its name in that language. */
export interface PageLink {
  id: StaticPageId;
  href: string;
  label: string;
}

export function pageLink(page: StaticPage, locale: Locale): PageLink {
  return {
    id: page.id,
    href: localizePath(locale, page.path),
    label: getMessages(locale).nav.pages[page.id],
  };
}

export function navPages(placement: Exclude<NavPlacement, 'none'>, locale: Locale): PageLink[] {
  return STATIC_PAGES.filter((page) => page.nav === placement).map((page) =>
    pageLink(page, locale),
  );
}

/** The pages the "page not found" page offers, in its wording (the catalog picks which). */
export function notFoundLinks(locale: Locale): PageLink[] {
  const wording: Partial<Record<StaticPageId, string>> = getMessages(locale).nav.notFound;
  return STATIC_PAGES.flatMap((page) => {
    const label = wording[page.id];
    return label ? [{ id: page.id, href: localizePath(locale, page.path), label }] : [];
  });
}
