// The glossary: the /glossary page's terms, and the linking of glossary terms in running text.
//
// Public surface:
// - getGlossary(locale): the /glossary page's view model, terms grouped by initial, sources resolved;
//   in another language than English, each term with its English name.
// - linkGlossaryTerms(text, locale): running text with its glossary terms found, for view models.
// - getGlossaryMatcher(locale): the matcher that finds them.
// - buildTermMatcher, linkTerms: the pure matching, for tests.
import { citeEdition, type Citation } from '../citations';
import { getGlossaryAliases, getGlossaryTerms, type GlossaryTerm } from '../content';
import type { Locale } from '../i18n';
import { groupByInitial } from '../text';
import { buildTermMatcher, linkTerms, type TermMatcher, type TextSegment } from './links';

export {
  buildTermMatcher,
  linkTerms,
  type GlossaryPhrases,
  type TermMatcher,
  type TextSegment,
} from './links';

const glossaryMatchers = new Map<Locale, TermMatcher>();

/**
 * Finds glossary terms (and their aliases) in running text of a language; built once per build.
 * Spanish text finds a term by its Spanish name and Spanish aliases ("denegaciones"), and also by
 * its English name, which stays in use at work ("EOB", "(clearinghouse)").
 */
export function getGlossaryMatcher(locale: Locale = 'en'): TermMatcher {
  let matcher = glossaryMatchers.get(locale);
  if (matcher === undefined) {
    const english = new Map(getGlossaryTerms('en').map((term) => [term.slug, term.term]));
    matcher = buildTermMatcher(
      getGlossaryTerms(locale).map((term) => ({
        slug: term.slug,
        phrases: [
          ...new Set([
            term.term,
            english.get(term.slug) ?? term.term,
            ...getGlossaryAliases(term, locale),
          ]),
        ],
      })),
    );
    glossaryMatchers.set(locale, matcher);
  }
  return matcher;
}

/** Running text with its glossary terms found: the plain text, and the segments to render. */
export interface LinkedText {
  text: string;
  /** The text in order, each term's first use carrying the term's slug. */
  segments: TextSegment[];
  /** The language of the text: its terms link to the glossary in that language. */
  locale: Locale;
}

export function linkGlossaryTerms(text: string, locale: Locale = 'en'): LinkedText {
  return { text, segments: linkTerms(text, getGlossaryMatcher(locale)), locale };
}

export interface GlossaryEntry {
  slug: string;
  term: string;
  expansion?: string;
  /** The English name, on pages in another language, so a reader can match what is said at work. */
  english?: { term: string; expansion?: string };
  definition: string;
  /** The source of the definition, dated by its edition. */
  citation?: Citation;
  /** Related terms, named, in the content's order. */
  related: { slug: string; term: string }[];
}

export interface GlossaryView {
  groups: { initial: string; entries: GlossaryEntry[] }[];
}

/** What the English name adds: nothing when it is the same term with no expansion (CMS-1500). */
function englishName(term: GlossaryTerm, english: GlossaryTerm | undefined) {
  if (english === undefined || (english.term === term.term && !english.expansion)) return {};
  return {
    english: {
      term: english.term,
      ...(english.expansion ? { expansion: english.expansion } : {}),
    },
  };
}

export function getGlossary(locale: Locale): GlossaryView {
  const terms = getGlossaryTerms(locale);
  const termBySlug = new Map(terms.map((term) => [term.slug, term.term]));
  // English pages need no English names; other languages look theirs up by slug.
  const englishBySlug = new Map<string, GlossaryTerm>(
    locale === 'en' ? [] : getGlossaryTerms('en').map((term) => [term.slug, term]),
  );
  const entry = (term: GlossaryTerm): GlossaryEntry => ({
    slug: term.slug,
    term: term.term,
    ...(term.expansion ? { expansion: term.expansion } : {}),
    ...englishName(term, englishBySlug.get(term.slug)),
    definition: term.definition,
    ...(term.source ? { citation: citeEdition(term.source, locale) } : {}),
    related: (term.related ?? []).map((slug) => ({ slug, term: termBySlug.get(slug) ?? slug })),
  });
  return {
    groups: groupByInitial(terms, (term) => term.term).map(({ initial, items }) => ({
      initial,
      entries: items.map(entry),
    })),
  };
}
