// What the finder says in words, in the page's language: the place it read out of a query, and the
// live region's summary of the current result. The words come from the finder's catalog
// (lib/i18n/messages/finder.ts), passed in by the page.
import { formatMessage } from '@/lib/i18n/format-message';
import type { Understood } from './finder-state';
import { placeLabel, type PlaceWords } from './place';
import type { FinderResult } from './search-types';

/** Up to this many words read as a title before "jobs"; a longer phrase about the work is quoted. */
const TITLE_MAX_WORDS = 3;

/** Words that only say "jobs" around a title: "medical coder jobs", "empleos de codificador". */
const JOBS_WORDS = /^\s*(?:empleos?|trabajos?)(?:\s+de)?\s+|\s*\b(?:jobs?|empleos?|trabajos?)$/giu;

export interface UnderstoodWords {
  jobs: string;
  jobsFor: string;
  titleJobs: string;
  remoteJobs: string;
  remote: string;
  inPlace: string;
}

export interface AnnounceWords {
  theseFilters: string;
  quotedQuery: string;
  noneMatch: string;
  showingBest: string;
  found: { one: string; other: string };
  corrected: string;
  arrows: string;
}

/** The finder catalog's parts these sentences use. */
export interface FinderSentenceWords {
  understood: UnderstoodWords;
  announce: AnnounceWords;
  places: PlaceWords;
}

function capitalized(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/**
 * What the page says it understood: "Medical coder jobs in Ohio", "CPC jobs, remote", and for a
 * phrase, 'Jobs for “someone who fixes denied claims” in Cleveland, OH'.
 */
export function understoodText(
  { what, place }: Understood,
  words: Pick<FinderSentenceWords, 'understood' | 'places'>,
): string {
  const m = words.understood;
  const title = what.trim().replace(JOBS_WORDS, '').trim();
  const subject =
    title === ''
      ? m.jobs
      : title.split(/\s+/).length > TITLE_MAX_WORDS
        ? formatMessage(m.jobsFor, { words: title })
        : capitalized(formatMessage(m.titleJobs, { words: title }));
  if (place.kind === 'remote')
    return title === '' ? m.remoteJobs : formatMessage(m.remote, { subject });
  if (place.kind === 'nationwide' || place.kind === 'unknown') return subject;
  return formatMessage(m.inPlace, { subject, place: placeLabel(place, words.places) });
}

/**
 * What the polite live region says once typing pauses. It names the query, so a listener always knows
 * which search it is hearing about; "for these filters" when the query is empty and filters are on.
 */
export function resultAnnouncement(
  result: FinderResult | undefined,
  words: FinderSentenceWords,
  { understood, filtered = false }: { understood?: Understood; filtered?: boolean } = {},
): string {
  if (!result) return '';
  const m = words.announce;
  const query = result.query.trim();
  if (query === '' && !filtered) return '';
  const what = query === '' ? m.theseFilters : formatMessage(m.quotedQuery, { query });
  if (result.hits.length === 0) return formatMessage(m.noneMatch, { what });
  const count = result.hits.length;
  const found = result.more
    ? formatMessage(m.showingBest, { count, what })
    : formatMessage(count === 1 ? m.found.one : m.found.other, { count, what });
  const lead = understood ? `${understoodText(understood, words)}. ` : '';
  const corrected = result.correctedQuery
    ? ` ${formatMessage(m.corrected, { query: result.correctedQuery })}`
    : '';
  return `${lead}${found}${corrected} ${m.arrows}`;
}
