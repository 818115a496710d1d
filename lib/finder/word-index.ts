// The candidate pre-filter: an inverted index from words to entries, so fuse.js only scores the few
// entries that share a word (or a prefix, or a close spelling) with the query. Without it, fuse scans
// every entry on every keystroke: fine for a hundred titles, 230-430 ms at 52,000.

/** Each entry's words, as `normalizeWords` gives them. */
export type EntryWords = readonly (readonly string[])[];

export interface WordIndex {
  /** Entry positions (ascending) for each word. */
  postings: Map<string, number[]>;
  /** All words, sorted, for prefix lookups. */
  sortedWords: string[];
  /** Trigram -> words containing it, to find close spellings of an unknown word. */
  trigrams: Map<string, string[]>;
}

function trigramsOf(word: string): string[] {
  const padded = ` ${word} `;
  const grams = new Set<string>();
  for (let index = 0; index + 3 <= padded.length; index += 1)
    grams.add(padded.slice(index, index + 3));
  return [...grams];
}

export function buildWordIndex(entryWords: EntryWords): WordIndex {
  const postings = new Map<string, number[]>();
  entryWords.forEach((words, position) => {
    for (const word of new Set(words)) {
      const list = postings.get(word);
      if (list) list.push(position);
      else postings.set(word, [position]);
    }
  });
  const sortedWords = [...postings.keys()].sort();
  const trigrams = new Map<string, string[]>();
  for (const word of sortedWords) {
    for (const gram of trigramsOf(word)) {
      const list = trigrams.get(gram);
      if (list) list.push(word);
      else trigrams.set(gram, [word]);
    }
  }
  return { postings, sortedWords, trigrams };
}

/** Words of the index that start with `prefix` (not the prefix itself), at most `max`. */
export function wordsWithPrefix(index: WordIndex, prefix: string, max = 200): string[] {
  const words = index.sortedWords;
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((words[middle] ?? '') < prefix) low = middle + 1;
    else high = middle;
  }
  const found: string[] = [];
  for (let position = low; position < words.length && found.length < max; position += 1) {
    const word = words[position] ?? '';
    if (!word.startsWith(prefix)) break;
    if (word !== prefix) found.push(word);
  }
  return found;
}

/**
 * Edit distance with adjacent transpositions ("cdoer" -> "coder" is one edit), giving up as soon as it
 * must exceed `max`: returns `max + 1` then.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (beforePrevious[j - 2] ?? 0) + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    beforePrevious = previous;
    previous = current;
  }
  return Math.min(previous[b.length] ?? max + 1, max + 1);
}

/** How many typos a word of this length may hold and still be corrected. */
export function allowedTypos(word: string): number {
  if (word.length <= 3) return 0;
  return word.length <= 5 ? 1 : 2;
}

/**
 * The closest spellings of an unknown word in the index, all at the smallest distance, most common
 * first. Only words sharing a trigram with it are compared, so this stays fast on a large index.
 */
export function closeSpellings(index: WordIndex, word: string, maxDistance: number): string[] {
  if (maxDistance === 0) return [];
  const seen = new Set<string>();
  let best = maxDistance + 1;
  let closest: string[] = [];
  for (const gram of trigramsOf(word)) {
    for (const candidate of index.trigrams.get(gram) ?? []) {
      if (seen.has(candidate)) continue;
      seen.add(candidate);
      const distance = editDistance(word, candidate, Math.min(best, maxDistance));
      if (distance < best) {
        best = distance;
        closest = [candidate];
      } else if (distance === best && distance <= maxDistance) {
        closest.push(candidate);
      }
    }
  }
  const frequency = (candidate: string) => index.postings.get(candidate)?.length ?? 0;
  return closest.sort((a, b) => frequency(b) - frequency(a) || a.localeCompare(b));
}

/**
 * Words that share the most trigrams with `word`, however far apart: for the zero-result state's
 * "closest titles", not for matching.
 */
export function similarWords(index: WordIndex, word: string, max: number): string[] {
  const shared = new Map<string, number>();
  for (const gram of trigramsOf(word)) {
    for (const candidate of index.trigrams.get(gram) ?? []) {
      shared.set(candidate, (shared.get(candidate) ?? 0) + 1);
    }
  }
  const grams = trigramsOf(word).length;
  return [...shared.entries()]
    .filter(([, count]) => count / grams >= 0.34)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, max)
    .map(([candidate]) => candidate);
}

/** Entry positions in any of the words' postings, ascending. */
export function unionPostings(index: WordIndex, words: readonly string[]): number[] {
  if (words.length === 1) return index.postings.get(words[0] ?? '') ?? [];
  const positions = new Set<number>();
  for (const word of words)
    for (const position of index.postings.get(word) ?? []) positions.add(position);
  return [...positions].sort((a, b) => a - b);
}
