// The entry-friendly titles as pages show them, in the locale's language: the rating in words, the
// paths, the first step and the sources behind them.
import { citeEdition, type Citation } from '../citations';
import { getEntryTitles, getEntryTitleSources, type EntryTitle } from '../content';
import type { BeginnerHiring } from '../content/vocabulary';
import type { Locale } from '../i18n';
import { getMessages } from '../i18n/messages';
import { routesFor } from '../routes';
import { beginnersLabel, pathsLabel } from './labels';

export interface EntryTitleView {
  slug: string;
  title: string;
  href: string;
  beginners: BeginnerHiring;
  /** "Often hires beginners". */
  beginnersLabel: string;
  /** "A first step into coding or billing". */
  pathsLabel: string;
  /** "What to do first:", the words before the first step. */
  firstStepLead: string;
  firstStep: string;
  /** The sources of the rating or the first step; empty when the rating is the site's own. */
  citations: Citation[];
}

export function entryTitleView(entry: EntryTitle, locale: Locale): EntryTitleView {
  return {
    slug: entry.slug,
    title: entry.title,
    href: routesFor(locale).job(entry.slug),
    beginners: entry.beginners,
    beginnersLabel: beginnersLabel(entry.beginners, locale),
    pathsLabel: pathsLabel(entry.paths, locale),
    firstStepLead: getMessages(locale).firstJob.whatFirst,
    firstStep: entry.firstStep,
    citations: getEntryTitleSources(entry.slug).map((source) => citeEdition(source, locale)),
  };
}

/** Every entry-friendly title, in the content's order. */
export function getEntryTitleViews(locale: Locale): EntryTitleView[] {
  return getEntryTitles(locale).map((entry) => entryTitleView(entry, locale));
}

/** One job title's entry block, or undefined for a title that is not entry-friendly. */
export function getEntryTitleView(slug: string, locale: Locale): EntryTitleView | undefined {
  const entry = getEntryTitles(locale).find((item) => item.slug === slug);
  return entry ? entryTitleView(entry, locale) : undefined;
}

/** The slugs of the titles that take beginners: the finder marks these. */
export function entryTitleSlugs(): Set<string> {
  return new Set(getEntryTitles('en').map((entry) => entry.slug));
}
