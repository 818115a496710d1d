// The Spanish edition's promises, checked on the built HTML: every page has its twin in the other
// language, says its language in <html lang>, names both twins with hreflang, and links its twin
// from the language switch.
import { LOCALES, localeOfPath, pageTwin, otherLocale } from '../i18n';

/** Pages whose twin in another language is missing from `paths` (the 404 page stands alone). */
export function missingTwins(paths: readonly string[]): string[] {
  const present = new Set(paths);
  return paths.flatMap((path) =>
    path === '/404/'
      ? []
      : LOCALES.filter((locale) => locale !== localeOfPath(path))
          .map((locale) => pageTwin(path, locale))
          .filter((twin) => !present.has(twin))
          .map((twin) => `${path} has no twin at ${twin}`),
  );
}

/** The attributes of a tag's HTML: `<a href="/" hreflang="en">` → { href: "/", hreflang: "en" }. */
function attributesOf(tag: string): Map<string, string> {
  return new Map(
    [...tag.matchAll(/([\w-]+)(?:="([^"]*)")?/g)]
      .slice(1)
      .map(([, name, value]) => [(name ?? '').toLowerCase(), value ?? '']),
  );
}

function tagsOf(html: string, pattern: RegExp): Map<string, string>[] {
  return [...html.matchAll(pattern)].map(([tag]) => attributesOf(tag));
}

/**
 * What is wrong with one page's language markup, read from its HTML (plain matching: this runs on
 * every page of both languages, where a DOM parse would cost seconds). `siteUrl` is the build's
 * public address.
 */
export function languageProblems(path: string, html: string, siteUrl: string): string[] {
  const locale = localeOfPath(path);
  const problems: string[] = [];
  const lang = tagsOf(html, /<html\b[^>]*>/g)[0]?.get('lang');
  if (lang !== locale) problems.push(`<html lang="${lang ?? ''}">, not "${locale}"`);

  const alternates = new Map(
    tagsOf(html, /<link\b[^>]*rel="alternate"[^>]*>/g)
      .filter((link) => link.has('hreflang'))
      .map((link) => [link.get('hreflang') ?? '', link.get('href') ?? '']),
  );
  for (const language of [...LOCALES, 'x-default'] as const) {
    const expected = `${siteUrl}${pageTwin(path, language === 'x-default' ? 'en' : language)}`;
    if (alternates.get(language) !== expected) {
      problems.push(
        `hreflang="${language}" is "${alternates.get(language) ?? ''}", not ${expected}`,
      );
    }
  }

  const switches = tagsOf(html, /<a\b[^>]*data-language-switch[^>]*>/g);
  const other = otherLocale(locale);
  if (switches.length !== 1) problems.push(`${switches.length} language switches, not 1`);
  for (const link of switches) {
    if (link.get('href') !== pageTwin(path, other)) {
      problems.push(`the language switch goes to ${link.get('href') ?? ''}`);
    }
    if (link.get('hreflang') !== other) problems.push('the switch has no hreflang');
  }
  return problems;
}
