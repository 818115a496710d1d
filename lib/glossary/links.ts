// Finds glossary terms in running text so pages can link them to /glossary/. Abbreviations written in
// capitals (ERA, AR, CPT) match only in capitals, so the word "era" is never linked; other phrases
// match in any case. Each term is linked once per text, at its first use. A term never matches
// inside a longer word, accented letters included ("auditor" is not found in "auditoría").

export interface GlossaryPhrases {
  slug: string;
  /** The term and its aliases. */
  phrases: readonly string[];
}

export type TextSegment = { text: string; slug?: undefined } | { text: string; slug: string };

interface Candidate {
  slug: string;
  phrase: string;
  exactCase: boolean;
}

export interface TermMatcher {
  pattern: RegExp;
  byLowerCase: Map<string, Candidate[]>;
}

/** A letter (any alphabet), digit, underscore or hyphen: what a term may not touch on either side. */
const WORD_CHARACTER = '[\\p{L}\\p{N}_-]';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

export function buildTermMatcher(entries: readonly GlossaryPhrases[]): TermMatcher {
  const byLowerCase = new Map<string, Candidate[]>();
  for (const { slug, phrases } of entries) {
    for (const phrase of phrases) {
      const key = phrase.toLowerCase();
      const candidate = { slug, phrase, exactCase: phrase === phrase.toUpperCase() };
      byLowerCase.set(key, [...(byLowerCase.get(key) ?? []), candidate]);
    }
  }
  // Longest first, so "ICD-10-CM" wins over "ICD-10".
  const alternatives = [...byLowerCase.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp);
  const pattern = new RegExp(
    `(?<!${WORD_CHARACTER})(?:${alternatives.join('|')})(?!${WORD_CHARACTER})`,
    'giu',
  );
  return { pattern, byLowerCase };
}

function slugFor(matcher: TermMatcher, found: string): string | undefined {
  const candidates = matcher.byLowerCase.get(found.toLowerCase()) ?? [];
  return candidates.find((candidate) => !candidate.exactCase || candidate.phrase === found)?.slug;
}

export function linkTerms(text: string, matcher: TermMatcher): TextSegment[] {
  if (matcher.byLowerCase.size === 0) return [{ text }];
  const segments: TextSegment[] = [];
  const linked = new Set<string>();
  const pattern = new RegExp(matcher.pattern.source, matcher.pattern.flags);
  let cursor = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const found = match[0];
    const slug = slugFor(matcher, found);
    if (slug === undefined || linked.has(slug)) continue;
    linked.add(slug);
    if (match.index > cursor) segments.push({ text: text.slice(cursor, match.index) });
    segments.push({ text: found, slug });
    cursor = match.index + found.length;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor) });
  return segments;
}
