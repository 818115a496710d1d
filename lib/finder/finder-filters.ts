// The finder's filters: family, level and "often remote once experienced". They live in the address
// beside the query (/jobs/?q=coder&level=entry), narrow a search's hits, and with an empty query
// list every curated title that fits them.
import { JOB_FAMILIES, JOB_LEVELS, type JobFamily, type JobLevel } from '@/lib/content/vocabulary';
import type { FinderHit, FinderResult } from './search-types';
import type { FinderEntry } from './types';

export interface FinderFilters {
  family?: JobFamily;
  level?: JobLevel;
  /** Only titles whose content says the work is often remote. */
  oftenRemote?: true;
}

export const NO_FILTERS: FinderFilters = {};

const PARAMS = { family: 'family', level: 'level', oftenRemote: 'often-remote' } as const;

function isOneOf<T extends string>(options: readonly T[], value: string | null): value is T {
  return options.some((option) => option === value);
}

/** The filters an address names; unknown values are dropped. */
export function readFilters(search: string): FinderFilters {
  const params = new URLSearchParams(search);
  const family = params.get(PARAMS.family);
  const level = params.get(PARAMS.level);
  return {
    ...(isOneOf(JOB_FAMILIES, family) ? { family } : {}),
    ...(isOneOf(JOB_LEVELS, level) ? { level } : {}),
    ...(params.get(PARAMS.oftenRemote) === '1' ? { oftenRemote: true } : {}),
  };
}

/** Adds the filters that are on to an address's parameters. */
export function writeFilters(params: URLSearchParams, filters: FinderFilters): void {
  if (filters.family) params.set(PARAMS.family, filters.family);
  if (filters.level) params.set(PARAMS.level, filters.level);
  if (filters.oftenRemote) params.set(PARAMS.oftenRemote, '1');
}

/** The filters with one changed to a control's value ("" turns it off; an unknown value too). */
export function setFilter(
  filters: FinderFilters,
  name: keyof typeof PARAMS,
  value: string,
): FinderFilters {
  const params = new URLSearchParams();
  writeFilters(params, filters);
  if (value === '') params.delete(PARAMS[name]);
  else params.set(PARAMS[name], value);
  return readFilters(params.toString());
}

export function hasFilters(filters: FinderFilters): boolean {
  return Boolean(filters.family || filters.level || filters.oftenRemote);
}

/** Whether an entry fits every filter that is on. O*NET-only titles have no family or level here. */
function fitsFilters(entry: FinderEntry, filters: FinderFilters): boolean {
  if (filters.family && entry.family !== filters.family) return false;
  if (filters.level && entry.level !== filters.level) return false;
  if (filters.oftenRemote && !entry.oftenRemote) return false;
  return true;
}

/** A search's hits narrowed by the filters, at most `limit` of them. */
export function filteredResult(
  result: FinderResult,
  filters: FinderFilters,
  limit: number,
): FinderResult {
  const fitting = result.hits.filter((hit) => fitsFilters(hit.entry, filters));
  return {
    ...result,
    hits: fitting.slice(0, limit),
    more: fitting.length > limit,
    // "Closest titles" answer a query that found nothing, not filters that left nothing.
    closest: result.hits.length > 0 ? [] : result.closest,
  };
}

/** With an empty query: every curated title that fits the filters, in catalog order. */
export function browseResult(
  entries: readonly FinderEntry[],
  filters: FinderFilters,
): FinderResult {
  const hits: FinderHit[] = entries
    .filter((entry) => entry.slug !== undefined && fitsFilters(entry, filters))
    .map((entry) => ({
      entry,
      title: { text: entry.title, ranges: [] },
      matchedCredentials: [],
      phase: 'exact',
    }));
  return { query: '', ignoredWords: [], hits, more: false, closest: [], closestBasis: 'common' };
}
