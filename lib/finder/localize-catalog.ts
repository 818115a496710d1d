// The finder's catalog in another language: each curated title named, summed up and searched in it,
// still found by its English names, which job boards use.
import { exactKey } from './normalize';
import type { FinderCatalog, FinderEntry } from './types';

/** A curated title's text in another language (content/es/jobs/<slug>.yaml). */
export interface TitleTranslation {
  name: string;
  summary: string;
  /** Words a speaker of that language may type for the title ("cuentas por cobrar"). */
  searchTerms: readonly string[];
}

/** The names, in order, each once (as the search compares them), without the entry's own titles. */
function otherNames(titles: readonly string[], names: readonly string[]): string[] {
  const seen = new Set(titles.map(exactKey));
  return names.filter((name) => {
    const key = exactKey(name);
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function localizeEntry(entry: FinderEntry, text: TitleTranslation | undefined): FinderEntry {
  if (entry.slug === undefined || text === undefined) return entry;
  return {
    ...entry,
    title: text.name,
    // Searched like the title, and shown beside it.
    englishTitle: entry.title,
    alternates: otherNames([text.name, entry.title], [...entry.alternates, ...text.searchTerms]),
    summary: text.summary,
  };
}

/**
 * The catalog with the curated titles' translations laid over it, by slug. The O*NET-only titles
 * stay in English: O*NET has no titles in other languages. The English catalog is joined first, so
 * its O*NET titles merge into the same curated titles in every language.
 */
export function localizeCatalog(
  catalog: FinderCatalog,
  translations: ReadonlyMap<string, TitleTranslation>,
): FinderCatalog {
  return {
    ...catalog,
    entries: catalog.entries.map((entry) =>
      localizeEntry(entry, entry.slug === undefined ? undefined : translations.get(entry.slug)),
    ),
  };
}
