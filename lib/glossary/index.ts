// The glossary: the /glossary page's terms, and the linking of glossary terms in running text.
//
// Public surface:
// - getGlossary(): the /glossary page's view model, terms grouped by initial, sources resolved.
// - linkGlossaryTerms(text): running text with its glossary terms found, for view models.
// - getGlossaryMatcher(): the matcher that finds them.
// - buildTermMatcher, linkTerms: the pure matching, for tests.
import { citeEdition, type Citation } from '../citations';
import { getGlossaryTerms } from '../content';
import { groupByInitial } from '../text';
import { buildTermMatcher, linkTerms, type TermMatcher, type TextSegment } from './links';

export {
  buildTermMatcher,
  linkTerms,
  type GlossaryPhrases,
  type TermMatcher,
  type TextSegment,
} from './links';

let glossaryMatcher: TermMatcher | undefined;

/** Finds glossary terms (and their aliases) in running text; built once per build. */
export function getGlossaryMatcher(): TermMatcher {
  glossaryMatcher ??= buildTermMatcher(
    getGlossaryTerms().map((term) => ({
      slug: term.slug,
      phrases: [term.term, ...(term.aliases ?? [])],
    })),
  );
  return glossaryMatcher;
}

/** Running text with its glossary terms found: the plain text, and the segments to render. */
export interface LinkedText {
  text: string;
  /** The text in order, each term's first use carrying the term's slug. */
  segments: TextSegment[];
}

export function linkGlossaryTerms(text: string): LinkedText {
  return { text, segments: linkTerms(text, getGlossaryMatcher()) };
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
