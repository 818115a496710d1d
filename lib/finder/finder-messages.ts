// What the finder says in words: the place it read out of a query, and the live region's summary of
// the current result.
import type { Understood } from './finder-state';
import { placeLabel } from './place';
import type { FinderResult } from './search-types';

/** Up to this many words read as a title before "jobs"; a longer phrase about the work is quoted. */
const TITLE_MAX_WORDS = 3;

/**
 * What the page says it understood: "Medical coder jobs in Ohio", "CPC jobs, remote", and for a
 * phrase, 'Jobs for “someone who fixes denied claims” in Cleveland, OH'.
 */
export function understoodText({ what, place }: Understood): string {
  const words = what.trim().replace(/\s*\bjobs?$/i, '');
  const subject =
    words === ''
      ? 'Jobs'
      : words.split(/\s+/).length > TITLE_MAX_WORDS
        ? `Jobs for “${words}”`
        : `${words.charAt(0).toUpperCase()}${words.slice(1)} jobs`;
  if (place.kind === 'remote') return words === '' ? 'Remote jobs' : `${subject}, remote`;
  if (place.kind === 'nationwide' || place.kind === 'unknown') return subject;
  return `${subject} in ${placeLabel(place)}`;
}

/**
 * What the polite live region says once typing pauses. It names the query, so a listener always knows
 * which search it is hearing about; "for these filters" when the query is empty and filters are on.
 */
export function resultAnnouncement(
  result: FinderResult | undefined,
  { understood, filtered = false }: { understood?: Understood; filtered?: boolean } = {},
): string {
  if (!result) return '';
  const query = result.query.trim();
  if (query === '' && !filtered) return '';
  const what = query === '' ? 'these filters' : `“${query}”`;
  if (result.hits.length === 0) return `No job titles match ${what}.`;
  const count = result.hits.length;
  const found = result.more
    ? `Showing the best ${count} job titles for ${what}.`
    : `${count} job ${count === 1 ? 'title' : 'titles'} found for ${what}.`;
  const lead = understood ? `${understoodText(understood)}. ` : '';
  const corrected = result.correctedQuery ? ` Showing results for ${result.correctedQuery}.` : '';
  return `${lead}${found}${corrected} Use the up and down arrows to choose one.`;
}
