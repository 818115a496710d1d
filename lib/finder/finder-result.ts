// The result the finder shows for its state: the search narrowed by the filters, or, with an empty
// query and a filter on, every curated title that fits the filters.
import { browseResult, filteredResult, hasFilters } from './finder-filters';
import type { FinderState } from './finder-state';
import type { Finder, FinderResult } from './search-types';

/** How many titles the list shows at most. */
const SHOWN_RESULTS = 8;

export function finderResult(
  finder: Pick<Finder, 'entries' | 'search'>,
  state: Pick<FinderState, 'query' | 'noCorrection' | 'filters'>,
): FinderResult | undefined {
  const filtered = hasFilters(state.filters);
  if (state.query.trim() === '') {
    return filtered ? browseResult(finder.entries, state.filters) : undefined;
  }
  const result = finder.search(state.query, {
    typing: !state.query.endsWith(' '),
    noCorrection: state.noCorrection,
    // The filters drop hits, so they choose from every match, not from the first few.
    limit: filtered ? finder.entries.length : SHOWN_RESULTS,
  });
  return filtered ? filteredResult(result, state.filters, SHOWN_RESULTS) : result;
}
