// The entry-friendly titles as pages show them: the rating in words, the paths, the first step and
// the sources behind them.
import { citeEdition, type Citation } from '../citations';
import { getEntryTitles, getEntryTitleSources, type EntryTitle } from '../content';
import type { BeginnerHiring } from '../content/vocabulary';
import { routes } from '../routes';
import { BEGINNER_LABELS, pathsLabel } from './labels';

export interface EntryTitleView {
  slug: string;
  title: string;
  href: string;
  beginners: BeginnerHiring;
  /** "Often hires beginners". */
  beginnersLabel: string;
  /** "A first step into coding or billing". */
  pathsLabel: string;
  firstStep: string;
  /** The sources of the rating or the first step; empty when the rating is the site's own. */
  citations: Citation[];
}

export function entryTitleView(entry: EntryTitle): EntryTitleView {
  return {
    slug: entry.slug,
    title: entry.title,
    href: routes.job(entry.slug),
    beginners: entry.beginners,
    beginnersLabel: BEGINNER_LABELS[entry.beginners],
    pathsLabel: pathsLabel(entry.paths),
    firstStep: entry.firstStep,
    citations: getEntryTitleSources(entry.slug).map((id) => citeEdition(id)),
  };
}

/** Every entry-friendly title, in the content's order. */
export function getEntryTitleViews(): EntryTitleView[] {
  return getEntryTitles().map(entryTitleView);
}

/** One job title's entry block, or undefined for a title that is not entry-friendly. */
export function getEntryTitleView(slug: string): EntryTitleView | undefined {
  const entry = getEntryTitles().find((item) => item.slug === slug);
  return entry ? entryTitleView(entry) : undefined;
}

/** The slugs of the titles that take beginners: the finder marks these. */
export function entryTitleSlugs(): Set<string> {
  return new Set(getEntryTitles().map((entry) => entry.slug));
}
