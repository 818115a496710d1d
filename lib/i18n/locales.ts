// The site's languages. English is the default and lives at the root; every other language lives
// under its own prefix (/es/), with the same paths after it.

export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return LOCALES.some((locale) => locale === value);
}

/** The language's name in that language, for the language switch. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', es: 'Español' };

/** The Intl locale numbers, money and dates are written in (U.S. conventions in both languages). */
export function formatLocale(locale: Locale): string {
  return locale === 'es' ? 'es-US' : 'en-US';
}

/** The Open Graph locale of a page in this language. */
export function openGraphLocale(locale: Locale): string {
  return locale === 'es' ? 'es_US' : 'en_US';
}

/** The other language: the one the language switch offers. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'es' : 'en';
}

/** The address prefix of a language: "" for English, "/es" for Spanish. */
export function localePrefix(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? '' : `/${locale}`;
}

/** A root-relative path in a language: ("es", "/quiz/") → "/es/quiz/". */
export function localizePath(locale: Locale, path: string): string {
  return `${localePrefix(locale)}${path}`;
}

/** The language a root-relative path is in, read from its prefix. */
export function localeOfPath(path: string): Locale {
  const first = path.split('/')[1];
  return isLocale(first) && first !== DEFAULT_LOCALE ? first : DEFAULT_LOCALE;
}

/** A path without its language prefix: "/es/quiz/" → "/quiz/", "/es" → "/". */
export function unlocalizedPath(path: string): string {
  const prefix = localePrefix(localeOfPath(path));
  if (prefix === '') return path;
  const rest = path.slice(prefix.length);
  return rest.startsWith('/') ? rest : `/${rest}`;
}

/** The same page in another language: ("/es/quiz/", "en") → "/quiz/". */
export function pageTwin(path: string, locale: Locale): string {
  return localizePath(locale, unlocalizedPath(path));
}
