// "entry level coding jobs", "codificador nivel inicial": the level a query asks for. One-word
// levels ("Senior", "sénior") are left alone: they are title words.
import type { JobLevel } from '@/lib/content/vocabulary';
import { highlightWords } from './highlight';
import { MAX_QUERY_LENGTH } from './normalize';
import { compareTies, DEFAULT_LIMIT } from './search-rank';
import type { FinderHit, FinderResult, SearchOptions } from './search-types';
import type { FinderEntry } from './types';

/** The phrases that ask for a level, in English and Spanish: normalisation rules, like stop words. */
const LEVEL_PHRASES: readonly { level: JobLevel; pattern: RegExp }[] = [
  { level: 'entry', pattern: /\b(?:entry[\s-]+level|(?:de\s+)?nivel\s+inicial)\b/iu },
  { level: 'mid', pattern: /\b(?:mid[\s-]+level|(?:de\s+)?nivel\s+medio)\b/iu },
];

/** The level the query names, and the query without those words. */
export function readLevel(query: string): { level?: JobLevel; rest: string } {
  for (const { level, pattern } of LEVEL_PHRASES) {
    if (pattern.test(query)) return { level, rest: query.replace(pattern, ' ').trim() };
  }
  return { rest: query };
}

type Search = (query: string, options?: SearchOptions) => FinderResult;

/**
 * The search, reading a level first: "entry level coding jobs" lists the coding titles, those of
 * that level first; "entry level jobs" (no other word that names a title) the titles of that level.
 */
export function withLevels(searchText: Search, entries: readonly FinderEntry[]): Search {
  return (rawQuery, options = {}) => {
    const query = rawQuery.slice(0, MAX_QUERY_LENGTH);
    const { level, rest } = readLevel(query);
    if (level === undefined) return searchText(query, options);
    const limit = options.limit ?? DEFAULT_LIMIT;
    const result = searchText(rest, { ...options, limit: limit * 3 });
    const pool: FinderHit[] =
      result.hits.length > 0
        ? result.hits
        : [...entries].sort(compareTies).map((entry) => ({
            entry,
            title: highlightWords(entry.title, [], []),
            matchedCredentials: [],
            phase: 'exact',
          }));
    const hits = [
      ...pool.filter((hit) => hit.entry.level === level),
      ...pool.filter((hit) => hit.entry.level !== level),
    ];
    return {
      ...result,
      query,
      hits: hits.slice(0, limit),
      more: result.more || hits.length > limit,
      ...(hits.length > 0 ? { closest: [], closestBasis: 'similar' } : {}),
    };
  };
}
