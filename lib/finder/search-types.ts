// What a search returns, shared by the search, the search box's state and the result list.
import type { Highlighted } from './highlight';
import type { Place } from './place';
import type { FinderEntry, FinderOccupation } from './types';

export type MatchPhase = 'exact' | 'fuzzy';

export interface FinderHit {
  entry: FinderEntry;
  title: Highlighted;
  /** The other name that matched, when the title itself did not ("also called AR Caller"). */
  alsoCalled?: Highlighted;
  /** The title's credentials the query names ("cpc" -> CPC), to mark in the result. */
  matchedCredentials: string[];
  phase: MatchPhase;
}

export interface FinderResult {
  /** The query as typed (cut to MAX_QUERY_LENGTH). */
  query: string;
  /** Set when a word was respelled: "Showing results for …". */
  correctedQuery?: string;
  /** Words that matched nothing and were left out. */
  ignoredWords: string[];
  hits: FinderHit[];
  /** More entries matched than `limit` shows. */
  more: boolean;
  /** With zero hits: the titles closest to what was typed, or failing that the most common ones. */
  closest: FinderEntry[];
  /** Whether `closest` is spelled like the query ("similar") or just common titles ("common"). */
  closestBasis: 'similar' | 'common';
}

export interface SearchOptions {
  limit?: number;
  /** The last word may be unfinished: match it as a prefix even when it is short. */
  typing?: boolean;
  /** "Search instead for …": no spelling corrections. */
  noCorrection?: boolean;
}

/** What a query says, read apart: the job words, and the place it names ("CPC jobs in Ohio"). */
export interface QueryReading {
  /** The query without its place words: "CPC jobs in Ohio" -> "CPC jobs". */
  what: string;
  /** The place the query names, if any: it moves into the Where box. */
  place?: Place;
  /** The words that named the place, as typed: "in Ohio". */
  placeText?: string;
}

export interface Finder {
  entries: readonly FinderEntry[];
  occupations: readonly FinderOccupation[];
  /** The occupation with this code, when there is a code and the catalog has it. */
  occupation(code: string | undefined): FinderOccupation | undefined;
  search(query: string, options?: SearchOptions): FinderResult;
  /** Splits a query into job words and a place: "CPC jobs in Ohio" -> "CPC jobs" + Ohio. */
  readQuery(query: string): QueryReading;
  /** `parsePlace` with the index's cities: "Cleveland" alone is Cleveland, OH. */
  parsePlace(input: string): Place;
}
