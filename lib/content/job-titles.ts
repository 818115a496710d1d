import { allJobTitles, type JobTitle } from 'contentlayer/generated';
import { DEFAULT_LOCALE, type Locale } from '../i18n';
import { compareNames } from '../text';
import { localize, spanishTextOf } from './localize';
import { requireOne } from './require-one';

/** The curated job titles in `locale`, by name in that language. */
export function getJobTitles(locale: Locale = DEFAULT_LOCALE): JobTitle[] {
  return allJobTitles
    .map((title) => localize(title, locale))
    .sort((a, b) => compareNames(a.name, b.name));
}

export function getJobTitle(slug: string, locale: Locale = DEFAULT_LOCALE): JobTitle {
  const title = requireOne(allJobTitles, (item) => item.slug === slug, `job title "${slug}"`);
  return localize(title, locale);
}

export function getJobTitleSlugs(): string[] {
  return allJobTitles.map((job) => job.slug).sort();
}

/**
 * The words Spanish speakers may type for a title in the finder ("cuentas por cobrar"): a field
 * only the Spanish files have (SPANISH_ONLY_FIELDS), so it is read from the Spanish text itself.
 */
export function getJobTitleSearchTerms(slug: string): string[] {
  const text = spanishTextOf(getJobTitle(slug));
  return text?.type === 'SpanishJobTitle' ? text.searchTerms : [];
}
