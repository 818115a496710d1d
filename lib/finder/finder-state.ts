// The state of the /jobs search box as a pure reducer, so the keyboard behaviour of the combobox
// (arrows, Escape, Alt+Down, Enter) is tested without a browser, and the URL codec that makes a
// search shareable (/jobs/?q=coding+auditor&where=OH).
import { hasFilters, NO_FILTERS, writeFilters, type FinderFilters } from './finder-filters';
import { parsePlace, placeParam, stateLabel, type Place } from './place';
import { MAX_QUERY_LENGTH } from './normalize';
import type { QueryReading } from './search-types';

/** A place read out of the query on Enter, and the job words left: "CPC jobs" in Ohio. */
export interface Understood {
  what: string;
  place: Place;
  /** The words that named the place, as typed: "in Ohio". */
  placeText?: string;
}

export interface FinderState {
  query: string;
  where: string;
  /** The highlighted option (aria-activedescendant), or -1 for none. */
  activeIndex: number;
  /** Whether the list of results is shown (aria-expanded). */
  expanded: boolean;
  /** "Search instead for …": spelling correction is off for the current query. */
  noCorrection: boolean;
  filters: FinderFilters;
  /** Set when Enter moved a place from the query into Where, until either box changes. */
  understood?: Understood;
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
  /**
   * Enter or the Search button: the query as read, its place moved into Where; `remoteWord` is
   * how Where then reads a remote place in the page's language ("Remote", "Remoto").
   */
  | { type: 'submitted'; reading: QueryReading; remoteWord: string }
  | { type: 'filtersChanged'; filters: FinderFilters }
  /** The state read from the address when the page opens. */
  | { type: 'restored'; query: string; where: string; filters?: FinderFilters };

export const INITIAL_FINDER_STATE: FinderState = {
  query: '',
  where: '',
  activeIndex: -1,
  expanded: false,
  noCorrection: false,
  filters: NO_FILTERS,
};

/** How a place read from the query reads in the Where box: "Ohio", "Columbus, OH", "Remote", or nothing. */
function whereText(place: Place, remoteWord: string): string {
  if (place.kind === 'nationwide' || place.kind === 'unknown') return '';
  return place.kind === 'remote' ? remoteWord : stateLabel(place);
}

/** Whether there is a list to show: a query, or with an empty box, filters (every title that fits). */
function hasList(query: string, filters: FinderFilters): boolean {
  return query.trim() !== '' || hasFilters(filters);
}

export function finderReducer(state: FinderState, action: FinderAction): FinderState {
  switch (action.type) {
    case 'queryChanged': {
      const query = action.query.slice(0, MAX_QUERY_LENGTH);
      return {
        ...state,
        query,
        activeIndex: -1,
        expanded: hasList(query, state.filters),
        noCorrection: false,
        understood: undefined,
      };
    }
    case 'whereChanged':
      return { ...state, where: action.where, understood: undefined };
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
      return { ...state, expanded: hasList(state.query, state.filters) };
    case 'escape':
      if (state.expanded) return { ...state, expanded: false, activeIndex: -1 };
      return { ...state, query: '', activeIndex: -1, noCorrection: false };
    case 'searchAsTyped':
      return { ...state, noCorrection: true, activeIndex: -1, expanded: true };
    case 'submitted': {
      const { what, place, placeText } = action.reading;
      const where = place ? whereText(place, action.remoteWord) : '';
      if (!place || where === '') {
        return { ...state, activeIndex: -1, expanded: hasList(state.query, state.filters) };
      }
      const query = what.trim().slice(0, MAX_QUERY_LENGTH);
      const understood = { what: query, place, ...(placeText ? { placeText } : {}) };
      return {
        ...state,
        query,
        where,
        understood,
        activeIndex: -1,
        expanded: hasList(query, state.filters),
        noCorrection: false,
      };
    }
    case 'filtersChanged':
      return {
        ...state,
        filters: action.filters,
        activeIndex: -1,
        expanded: hasList(state.query, action.filters),
      };
    case 'restored':
      return {
        ...INITIAL_FINDER_STATE,
        query: action.query,
        where: action.where,
        filters: action.filters ?? NO_FILTERS,
        expanded: hasList(action.query, action.filters ?? NO_FILTERS),
      };
  }
}

/**
 * The search part for a query, place and filters: "?q=coding+auditor&where=OH&level=entry", or "" for
 * an empty search. The query is cut to MAX_QUERY_LENGTH, so a pasted page never fills the address.
 */
export function finderSearchParams(
  query: string,
  where: string,
  filters: FinderFilters = NO_FILTERS,
): string {
  const params = new URLSearchParams();
  const trimmed = query.trim().slice(0, MAX_QUERY_LENGTH).trim();
  if (trimmed !== '') params.set('q', trimmed);
  const place = placeParam(parsePlace(where));
  if (place !== '') params.set('where', place);
  writeFilters(params, filters);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/**
 * What a key in the search box does: a state change, "accept" (open the highlighted title), or
 * nothing. Enter with no option highlighted is left to the form, which submits the search.
 */
export function keyAction(
  key: string,
  altKey: boolean,
  optionCount: number,
  optionHighlighted = false,
): FinderAction | 'accept' | null {
  switch (key) {
    case 'ArrowDown':
      return altKey ? { type: 'open' } : { type: 'next', optionCount };
    case 'ArrowUp':
      return { type: 'previous', optionCount };
    case 'Escape':
      return { type: 'escape' };
    case 'Enter':
      return optionHighlighted ? 'accept' : null;
    default:
      return null;
  }
}
