// The word index's candidates for a query: the entries that hold its words, best first.
import { queryWords } from './normalize';
import { resolveWord, type WordMatch } from './search-words';
import { unionPostings, type WordIndex } from './word-index';

export function createCandidateFinder(
  wordIndex: WordIndex,
  comparePositions: (a: number, b: number) => number,
) {
  /**
   * Entries holding every matched word, or failing that (unless `requireAll`) as many as possible;
   * best first. `complete`: some entry holds every matched word.
   */
  const findCandidates = (
    matches: readonly WordMatch[],
    requireAll: boolean,
  ): { positions: number[]; complete: boolean } => {
    const hitCounts = new Map<number, number>();
    let wordCount = 0;
    for (const match of matches) {
      if (match.kind === 'ignored') continue;
      wordCount += 1;
      for (const position of unionPostings(wordIndex, match.words)) {
        hitCounts.set(position, (hitCounts.get(position) ?? 0) + 1);
      }
    }
    const best = Math.max(0, ...hitCounts.values());
    // A lay phrase ("codes hospital charts") may share only some words with any title.
    const needed = best === wordCount || requireAll ? wordCount : Math.max(1, best);
    const positions = [...hitCounts.entries()]
      .filter(([, count]) => count >= needed)
      .sort((a, b) => b[1] - a[1] || comparePositions(a[0], b[0]))
      .map(([position]) => position);
    return { positions, complete: best === wordCount };
  };

  /** Whether words, as typed, name a title on their own: one entry holds every word. */
  const namesTitle = (text: string): boolean => {
    const words = queryWords(text);
    const matches = words.map((word) =>
      resolveWord(wordIndex, word, false, { noCorrection: true }),
    );
    return (
      words.length > 0 &&
      matches.every((match) => match.kind !== 'ignored') &&
      findCandidates(matches, true).complete
    );
  };

  return { findCandidates, namesTitle };
}
