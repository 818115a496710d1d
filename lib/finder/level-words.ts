// "entry level coding jobs": the level a query asks for, read with the site's own level labels
// ("Entry level", "Mid level"). One-word labels ("Senior") are left alone: they are title words.
import { JOB_LEVELS, type JobLevel } from '@/lib/content/vocabulary';
import { highlightWords } from './highlight';
import { LEVEL_LABELS } from './labels';
import { MAX_QUERY_LENGTH } from './normalize';
import { compareTies, DEFAULT_LIMIT } from './search-rank';
import type { FinderHit, FinderResult, SearchOptions } from './search-types';
import type { FinderEntry } from './types';

const LEVEL_PHRASES = JOB_LEVELS.flatMap((level) => {
  const match = /^(\p{L}+) level$/iu.exec(LEVEL_LABELS[level]);
  return match?.[1] ? [{ level, pattern: new RegExp(`\\b${match[1]}[\\s-]+level\\b`, 'iu') }] : [];
});

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
