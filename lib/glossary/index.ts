// The glossary: the /glossary page's terms, and the linking of glossary terms in running text.
//
// Public surface:
// - getGlossary(): the /glossary page's view model, terms grouped by initial, sources resolved.
// - linkGlossaryTerms(text): running text with its glossary terms found, for view models.
// - getGlossaryMatcher(): the matcher that finds them.
// - buildTermMatcher, linkTerms: the pure matching, for tests.
import { citeEdition, type Citation } from '../citations';
import { getGlossaryTerms } from '../content';
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
 * Spanish text also finds a term by its English name, which stays in use at work ("EOB").
 */
export function getGlossaryMatcher(locale: Locale = 'en'): TermMatcher {
  let matcher = glossaryMatchers.get(locale);
  if (matcher === undefined) {
    const english = getGlossaryTerms('en');
    const local = new Map(getGlossaryTerms(locale).map((term) => [term.slug, term.term]));
    matcher = buildTermMatcher(
      english.map((term) => ({
        slug: term.slug,
        phrases: [
          ...new Set([local.get(term.slug) ?? term.term, term.term, ...(term.aliases ?? [])]),
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
  definition: string;
  /** The source of the definition, dated by its edition. */
  citation?: Citation;
  /** Related terms, named, in the content's order. */
  related: { slug: string; term: string }[];
}

export interface GlossaryView {
  groups: { initial: string; entries: GlossaryEntry[] }[];
}

export function getGlossary(): GlossaryView {
  const terms = getGlossaryTerms();
  const termBySlug = new Map(terms.map((term) => [term.slug, term.term]));
  const entry = (term: (typeof terms)[number]): GlossaryEntry => ({
    slug: term.slug,
    term: term.term,
    ...(term.expansion ? { expansion: term.expansion } : {}),
    definition: term.definition,
    ...(term.source ? { citation: citeEdition(term.source) } : {}),
    related: (term.related ?? []).map((slug) => ({ slug, term: termBySlug.get(slug) ?? slug })),
  });
  return {
    groups: groupByInitial(terms, (term) => term.term).map(({ initial, items }) => ({
      initial,
      entries: items.map(entry),
    })),
  };
}
