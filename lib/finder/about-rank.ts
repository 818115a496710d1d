// The lay-phrase ranking: what a title's content says about the work (its one-line summary),
// weighed below its names. It ranks queries that name no title ("someone who fixes denied claims"):
// each query stem counts by how rare it is (idf) times the weight of the field that holds it.
import type { WordMatch } from './search-words';
import { layStems } from './stem';
import type { SynonymMap } from './synonyms';
import type { FinderEntry } from './types';

/** Where a stem is found, and what that is worth: a title's names count most, its prose least. */
const FIELD_WEIGHTS = { title: 3, names: 2, summary: 1.5 } as const;

/** An entry must score this share of the best entry's score to be listed: no long tail of one word. */
const MIN_SHARE_OF_BEST = 0.5;

export interface AboutIndex {
  /** Stem -> [entry position, summed field weight]. */
  postings: Map<string, [number, number][]>;
  entryCount: number;
  synonyms: SynonymMap;
}

/** A text's stems, each synonym as its group's stem. */
function stemsOf(text: string, synonyms: SynonymMap): string[] {
  return [...new Set(layStems(text).map((stem) => synonyms.get(stem) ?? stem))];
}

function entryFields(entry: FinderEntry, synonyms: SynonymMap): [number, readonly string[]][] {
  return [
    [FIELD_WEIGHTS.title, stemsOf(entry.title, synonyms)],
    [
      FIELD_WEIGHTS.names,
      stemsOf([...entry.alternates, ...entry.abbreviations].join(' '), synonyms),
    ],
    [FIELD_WEIGHTS.summary, stemsOf(entry.summary ?? '', synonyms)],
  ];
}

export function buildAboutIndex(
  entries: readonly FinderEntry[],
  synonyms: SynonymMap = new Map(),
): AboutIndex {
  const postings = new Map<string, [number, number][]>();
  entries.forEach((entry, position) => {
    const weights = new Map<string, number>();
    // A stem counts once per entry, where it weighs most: a title that repeats a word in every
    // name must not outrank one whose summary holds the query's rarer words.
    for (const [weight, stems] of entryFields(entry, synonyms)) {
      for (const stem of stems) weights.set(stem, Math.max(weights.get(stem) ?? 0, weight));
    }
    for (const [stem, weight] of weights) {
      const list = postings.get(stem);
      if (list) list.push([position, weight]);
      else postings.set(stem, [[position, weight]]);
    }
  });
  return { postings, entryCount: entries.length, synonyms };
}

/** Whether some entry's content holds this word's stem. */
export function describes(index: AboutIndex, word: string): boolean {
  return stemsOf(word, index.synonyms).some((stem) => index.postings.has(stem));
}

/** The words to rank by: a word the content knows is taken as typed ("covers" is not "coders"). */
export function layWords(index: AboutIndex, matches: readonly WordMatch[]): string[] {
  return matches.map((match) =>
    match.kind === 'ignored' || describes(index, match.typed) ? match.typed : match.shown,
  );
}

/** Entry positions that the query's stems describe, best first; `compareTies` breaks ties. */
export function rankByAbout(
  index: AboutIndex,
  words: readonly string[],
  compareTies: (a: number, b: number) => number,
): number[] {
  const scores = new Map<number, number>();
  const matched = new Map<number, number>();
  const stems = stemsOf(words.join(' '), index.synonyms);
  for (const stem of stems) {
    const list = index.postings.get(stem);
    if (!list) continue;
    const rarity = Math.log(1 + index.entryCount / list.length);
    for (const [position, weight] of list) {
      scores.set(position, (scores.get(position) ?? 0) + rarity * weight);
      matched.set(position, (matched.get(position) ?? 0) + 1);
    }
  }
  // An entry that holds more of the query's stems wins over one that holds a common stem twice.
  for (const [position, score] of scores) {
    scores.set(position, (score * (matched.get(position) ?? 0)) / stems.length);
  }
  const best = Math.max(0, ...scores.values());
  return [...scores.entries()]
    .filter(([, score]) => score >= best * MIN_SHARE_OF_BEST)
    .sort((a, b) => b[1] - a[1] || compareTies(a[0], b[0]))
    .map(([position]) => position);
}
