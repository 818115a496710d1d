// How the search reads each typed word against the word index.
import { isShortWord } from './normalize';
import type { SearchOptions } from './search-types';
import { allowedTypos, closeSpellings, wordsWithPrefix, type WordIndex } from './word-index';

export type WordMatch =
  | { kind: 'exact' | 'prefix' | 'corrected'; typed: string; shown: string; words: string[] }
  | { kind: 'ignored'; typed: string };

/**
 * What one typed word matches: the word itself, words it begins (not for short words, except the
 * last word while typing), or its closest spellings.
 */
export function resolveWord(
  wordIndex: WordIndex,
  typed: string,
  isLast: boolean,
  options: SearchOptions,
): WordMatch {
  if (wordIndex.postings.has(typed)) return { kind: 'exact', typed, shown: typed, words: [typed] };
  const canPrefix = !isShortWord(typed) || (isLast && options.typing === true && typed.length >= 2);
  if (canPrefix) {
    const prefixed = wordsWithPrefix(wordIndex, typed);
    if (prefixed.length > 0) return { kind: 'prefix', typed, shown: typed, words: prefixed };
  }
  // A number or a symbol is never respelled into a title word: "1" is not "i".
  if (!options.noCorrection && /\p{L}/u.test(typed)) {
    const close = closeSpellings(wordIndex, typed, allowedTypos(typed));
    const best = close[0];
    if (best) return { kind: 'corrected', typed, shown: best, words: close };
  }
  return { kind: 'ignored', typed };
}
