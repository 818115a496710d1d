// Sentences, words and syllables of text blocks, counted the way each language's formula counts
// them: English syllables by wooorm's maintained `syllable` package, Spanish ones from spelling.
import { syllable } from 'syllable';
import type { Locale } from '../i18n';
import { spanishSyllables } from './spanish-syllables';

export interface TextCounts {
  sentences: number;
  words: number;
  syllables: number;
}

// Abbreviations whose full stop ends no sentence ("U.S. Department", "e.g. a clinic").
const ENGLISH_ABBREVIATIONS = /\b(?:U\.S|e\.g|i\.e|a\.m|p\.m|etc|vs|Dr|Mr|Ms|Mrs|No|St|Jr|Inc)\./g;
// Spanish ones ("EE. UU.", "p. ej.", "Ud."), and the English ones kept names may hold, but not "No."
// ("¿Hace falta? No." ends a sentence; Spanish writes "núm." for a number).
const SPANISH_ABBREVIATIONS =
  /\b(?:EE\. ?UU|p\. ?ej|U\.S|e\.g|i\.e|a\.m|p\.m|etc|vs|Uds?|Sra?|Srta|Dra?|Mr|Ms|Mrs|St|Jr|Inc|núm|pág|aprox)\./g;
// A sentence ends at . ! or ?, closing quotes and brackets included, before a space or the end.
const SENTENCE_END = /[.!?]+["'”’»)\]]*(?=\s|$)/g;
// A word: letters or digits, with inner hyphens, apostrophes, commas or points ("CPC-A", "42,000").
const WORD = /[\p{L}\p{N}]+(?:[-'’.,/][\p{L}\p{N}]+)*/gu;

const LANGUAGES: Record<Locale, { abbreviations: RegExp; syllables: (word: string) => number }> = {
  // A number or a code with no vowel ("42,000", "1099") counts one, as common tools do.
  en: { abbreviations: ENGLISH_ABBREVIATIONS, syllables: (word) => Math.max(1, syllable(word)) },
  es: { abbreviations: SPANISH_ABBREVIATIONS, syllables: spanishSyllables },
};

/** The words of a text, as the formulas count them. */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** The sentences of one block: each end mark counts, and the block's end always ends one. */
function sentencesOf(block: string, abbreviations: RegExp): number {
  const inner = block
    .replace(abbreviations, 'x')
    .trim()
    .replace(/[.!?]+["'”’»)\]]*$/, '');
  return 1 + (inner.match(SENTENCE_END)?.length ?? 0);
}

/**
 * Sentences, words and syllables of a list of text blocks (paragraphs, list items). A block always
 * ends a sentence, so a list item without a full stop is not run into the next one.
 */
export function countText(blocks: readonly string[], locale: Locale = 'en'): TextCounts {
  const { abbreviations, syllables } = LANGUAGES[locale];
  let counts: TextCounts = { sentences: 0, words: 0, syllables: 0 };
  for (const block of blocks) {
    const words = wordsOf(block);
    if (words.length === 0) continue;
    counts = {
      sentences: counts.sentences + sentencesOf(block, abbreviations),
      words: counts.words + words.length,
      syllables: counts.syllables + words.reduce((sum, word) => sum + syllables(word), 0),
    };
  }
  return counts;
}
