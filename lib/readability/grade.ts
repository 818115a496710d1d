// The reading grade of plain text in the page's language: Flesch-Kincaid for English (wooorm's
// maintained `flesch-kincaid` package), Fernández-Huerta turned into a grade for Spanish. The
// site's target for main prose is grade 8 or below in both.
import { fleschKincaid } from 'flesch-kincaid';
import type { Locale } from '../i18n';
import { countText, type TextCounts } from './counts';
import { fernandezHuertaGrade, fernandezHuertaScore } from './fernandez-huerta';

const GRADE_OF: Record<Locale, (counts: TextCounts) => number> = {
  en: (counts) =>
    fleschKincaid({ sentence: counts.sentences, word: counts.words, syllable: counts.syllables }),
  es: (counts) => fernandezHuertaGrade(fernandezHuertaScore(counts)),
};

/** The grade of text blocks taken together, rounded to one decimal; 0 for no words. */
export function readingGrade(blocks: readonly string[], locale: Locale = 'en'): number {
  const counts = countText(blocks, locale);
  if (counts.words === 0) return 0;
  return Math.round(GRADE_OF[locale](counts) * 10) / 10;
}

/** The hardest blocks of a text, each with its own grade, hardest first: what to rewrite first. */
export function hardestBlocks(
  blocks: readonly string[],
  count: number,
  locale: Locale = 'en',
): { grade: number; text: string }[] {
  return blocks
    .map((text) => ({ grade: readingGrade([text], locale), text }))
    .sort((a, b) => b.grade - a.grade)
    .slice(0, count);
}
