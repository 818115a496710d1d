// The state of the /jobs search box as a pure reducer, so the keyboard behaviour of the combobox
// (arrows, Escape, Alt+Down) is tested without a browser, and the URL codec that makes a search
// shareable (/jobs/?q=coding+auditor&where=OH).
import { parsePlace, placeParam } from './place';
import { MAX_QUERY_LENGTH } from './normalize';
import type { FinderResult } from './search-types';

export interface FinderState {
  query: string;
  where: string;
  /** The highlighted option (aria-activedescendant), or -1 for none. */
  activeIndex: number;
  /** Whether the list of results is shown (aria-expanded). */
  expanded: boolean;
  /** "Search instead for …": spelling correction is off for the current query. */
  noCorrection: boolean;
}

export type FinderAction =
  | { type: 'queryChanged'; query: string }
  | { type: 'whereChanged'; where: string }
  /** Down arrow; `optionCount` is how many options the list holds now. */
  | { type: 'next'; optionCount: number }
  | { type: 'previous'; optionCount: number }
  /** Alt+Down, or a click in the box: show the list without moving. */
  | { type: 'open' }
  /** First Escape closes the list; a second one clears the box. */
  | { type: 'escape' }
  | { type: 'searchAsTyped' }
  /** The state read from the address when the page opens. */
  | { type: 'restored'; query: string; where: string };

export const INITIAL_FINDER_STATE: FinderState = {
  query: '',
  where: '',
  activeIndex: -1,
  expanded: false,
  noCorrection: false,
};

export function finderReducer(state: FinderState, action: FinderAction): FinderState {
  switch (action.type) {
    case 'queryChanged':
      return {
        ...state,
        query: action.query,
        activeIndex: -1,
        expanded: action.query.trim() !== '',
        noCorrection: false,
      };
    case 'whereChanged':
      return { ...state, where: action.where };
    case 'next':
      if (action.optionCount === 0) return { ...state, activeIndex: -1 };
      return {
        ...state,
        expanded: true,
        activeIndex:
          !state.expanded || state.activeIndex >= action.optionCount - 1
            ? 0
            : state.activeIndex + 1,
      };
    case 'previous':
      if (action.optionCount === 0) return { ...state, activeIndex: -1 };
      return {
        ...state,
        expanded: true,
        activeIndex:
          !state.expanded || state.activeIndex <= 0
            ? action.optionCount - 1
            : state.activeIndex - 1,
      };
    case 'open':
      return { ...state, expanded: state.query.trim() !== '' };
    case 'escape':
      if (state.expanded) return { ...state, expanded: false, activeIndex: -1 };
      return { ...state, query: '', activeIndex: -1, noCorrection: false };
    case 'searchAsTyped':
      return { ...state, noCorrection: true, activeIndex: -1, expanded: true };
    case 'restored':
      return {
        ...INITIAL_FINDER_STATE,
        query: action.query,
        where: action.where,
        expanded: action.query.trim() !== '',
      };
  }
}

/** Reads ?q= and ?where= from an address's search part, cutting overlong values. */
export function readFinderParams(search: string): { query: string; where: string } {
  const params = new URLSearchParams(search);
  return {
    query: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH),
    where: (params.get('where') ?? '').slice(0, 80),
  };
}

/** The search part for a query and place: "?q=coding+auditor&where=OH", or "" for an empty search. */
export function finderSearchParams(query: string, where: string): string {
  const params = new URLSearchParams();
  const trimmed = query.trim();
  if (trimmed !== '') params.set('q', trimmed);
  const place = placeParam(parsePlace(where));
  if (place !== '') params.set('where', place);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** What a key in the search box does: a state change, "accept" (open the highlighted title), or nothing. */
export function keyAction(
  key: string,
  altKey: boolean,
  optionCount: number,
): FinderAction | 'accept' | null {
  switch (key) {
    case 'ArrowDown':
      return altKey ? { type: 'open' } : { type: 'next', optionCount };
    case 'ArrowUp':
      return { type: 'previous', optionCount };
    case 'Escape':
      return { type: 'escape' };
    case 'Enter':
      return 'accept';
    default:
      return null;
  }
}

/** What the polite live region says once typing pauses. */
export function resultAnnouncement(result: FinderResult | undefined): string {
  if (!result || result.query.trim() === '') return '';
  if (result.hits.length === 0) return `No job titles match “${result.query}”.`;
  const count = result.hits.length;
  const found = result.more
    ? `Showing the best ${count} job titles.`
    : `${count} job ${count === 1 ? 'title' : 'titles'} found.`;
  const corrected = result.correctedQuery ? ` Showing results for ${result.correctedQuery}.` : '';
  return `${found}${corrected} Use the up and down arrows to choose one.`;
}
