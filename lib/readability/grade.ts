// The Flesch-Kincaid grade of plain text, counted with wooorm's maintained `flesch-kincaid` and
// `syllable` packages. The site's target for main prose is grade 8 or below.
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

export interface TextCounts {
  sentences: number;
  words: number;
  syllables: number;
}

// Abbreviations whose full stop ends no sentence ("U.S. Department", "e.g. a clinic").
const ABBREVIATIONS = /\b(?:U\.S|e\.g|i\.e|etc|vs|Dr|Mr|Ms|Mrs|No|St|Jr|Inc)\./g;
const SENTENCE_END = /[.!?]+(?=\s|$)/g;
// A word: letters or digits, with inner hyphens, apostrophes, commas or points ("CPC-A", "42,000").
const WORD = /[\p{L}\p{N}]+(?:[-'’.,/][\p{L}\p{N}]+)*/gu;

/** A word's syllables: numbers and codes count at least one, as a reader says them. */
function syllablesOf(word: string): number {
  return Math.max(1, syllable(word.replace(/[\p{N}]+/gu, ' ')));
}

/**
 * Sentences, words and syllables of a list of text blocks (paragraphs, list items). A block always
 * ends a sentence, so a list item without a full stop is not run into the next one.
 */
export function countText(blocks: readonly string[]): TextCounts {
  let counts: TextCounts = { sentences: 0, words: 0, syllables: 0 };
  for (const block of blocks) {
    const words = block.match(WORD) ?? [];
    if (words.length === 0) continue;
    const stops = block
      .replace(ABBREVIATIONS, 'x')
      .trim()
      .replace(/[.!?]+$/, '');
    counts = {
      sentences: counts.sentences + 1 + (stops.match(SENTENCE_END)?.length ?? 0),
      words: counts.words + words.length,
      syllables: counts.syllables + words.reduce((sum, word) => sum + syllablesOf(word), 0),
    };
  }
  return counts;
}

/** The Flesch-Kincaid grade of text blocks taken together, rounded to one decimal; 0 for no words. */
export function readingGrade(blocks: readonly string[]): number {
  const counts = countText(blocks);
  if (counts.words === 0) return 0;
  const grade = fleschKincaid({
    sentence: counts.sentences,
    word: counts.words,
    syllable: counts.syllables,
  });
  return Math.round(grade * 10) / 10;
}
