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
const ABBREVIATIONS = /\b(?:U\.S|e\.g|i\.e|a\.m|p\.m|etc|vs|Dr|Mr|Ms|Mrs|No|St|Jr|Inc)\./g;
// A sentence ends at . ! or ?, closing quotes and brackets included, before a space or the end.
const SENTENCE_END = /[.!?]+["'”’)\]]*(?=\s|$)/g;
// A word: letters or digits, with inner hyphens, apostrophes, commas or points ("CPC-A", "42,000").
const WORD = /[\p{L}\p{N}]+(?:[-'’.,/][\p{L}\p{N}]+)*/gu;

/** The words of a text, as the formula counts them. */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** A word's syllables; a number or a code with no vowel ("42,000", "1099") counts one, as common tools do. */
function syllablesOf(word: string): number {
  return Math.max(1, syllable(word));
}

/** The sentences of one block: each end mark counts, and the block's end always ends one. */
function sentencesOf(block: string): number {
  const inner = block
    .replace(ABBREVIATIONS, 'x')
    .trim()
    .replace(/[.!?]+["'”’)\]]*$/, '');
  return 1 + (inner.match(SENTENCE_END)?.length ?? 0);
}

/**
 * Sentences, words and syllables of a list of text blocks (paragraphs, list items). A block always
 * ends a sentence, so a list item without a full stop is not run into the next one.
 */
export function countText(blocks: readonly string[]): TextCounts {
  let counts: TextCounts = { sentences: 0, words: 0, syllables: 0 };
  for (const block of blocks) {
    const words = wordsOf(block);
    if (words.length === 0) continue;
    counts = {
      sentences: counts.sentences + sentencesOf(block),
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

/** The hardest blocks of a text, each with its own grade, hardest first: what to rewrite first. */
export function hardestBlocks(
  blocks: readonly string[],
  count: number,
): { grade: number; text: string }[] {
  return blocks
    .map((text) => ({ grade: readingGrade([text]), text }))
    .sort((a, b) => b.grade - a.grade)
    .slice(0, count);
}
