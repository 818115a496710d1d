// The finder's address: ?q= and ?where=. Apart from the finder's state, so a job page's openings
// links read the place without carrying the finder's reducer in their script.
import { MAX_QUERY_LENGTH } from './normalize';

/** Reads ?q= and ?where= from an address's search part, cutting overlong values. */
export function readFinderParams(search: string): { query: string; where: string } {
  const params = new URLSearchParams(search);
  return {
    query: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH),
    where: (params.get('where') ?? '').slice(0, 80),
  };
}
