// "Search openings": links to real job searches for a title and place on major job boards. Links
// only: the site fetches nothing from these boards and sends them nothing but the visitor's click.
import { formatMessage } from '@/lib/i18n/format-message';
import { stateLabel, type Place } from './place';

export interface JobBoardLink {
  board: string;
  /** What the link searches, in the page's language, for its accessible name: "Medical Coder jobs in Ohio". */
  search: string;
  href: string;
}

interface JobBoard {
  name: string;
  url: (title: string, place: Place) => URL;
}

function withParams(base: string, params: Record<string, string | undefined>): URL {
  const url = new URL(base);
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') url.searchParams.set(name, value);
  }
  return url;
}

/** The place as the boards' free-text location boxes take it: the boards are in English. */
function locationText(place: Place): string | undefined {
  switch (place.kind) {
    case 'state':
      return stateLabel(place);
    case 'remote':
      return 'Remote';
    case 'nationwide':
    case 'unknown':
      return undefined;
  }
}

const JOB_BOARDS: readonly JobBoard[] = [
  {
    name: 'Indeed',
    url: (title, place) =>
      withParams('https://www.indeed.com/jobs', { q: title, l: locationText(place) }),
  },
  {
    name: 'LinkedIn',
    // LinkedIn filters remote work with f_WT=2 and wants a location: the country.
    url: (title, place) =>
      withParams('https://www.linkedin.com/jobs/search/', {
        keywords: title,
        location: place.kind === 'state' ? `${stateLabel(place)}, United States` : 'United States',
        f_WT: place.kind === 'remote' ? '2' : undefined,
      }),
  },
  {
    name: 'ZipRecruiter',
    url: (title, place) =>
      withParams('https://www.ziprecruiter.com/jobs-search', {
        search: title,
        location: locationText(place),
      }),
  },
  {
    name: 'USAJOBS',
    // Federal jobs (VA hospitals, the military health system). No remote field: it goes in the words.
    url: (title, place) =>
      withParams('https://www.usajobs.gov/search/results/', {
        k: place.kind === 'remote' ? `${title} remote` : title,
        l: place.kind === 'state' ? stateLabel(place) : undefined,
      }),
  },
];

/** What a link searches, in the page's language: "{title} jobs in {place}". */
export interface BoardWords {
  inPlace: string;
  remote: string;
  nationwide: string;
}

function searchText(title: string, place: Place, words: BoardWords): string {
  switch (place.kind) {
    case 'state':
      return formatMessage(words.inPlace, { title, place: stateLabel(place) });
    case 'remote':
      return formatMessage(words.remote, { title });
    case 'nationwide':
    case 'unknown':
      return formatMessage(words.nationwide, { title });
  }
}

/**
 * One link per board for this title and place. `title` is the English title, on a page in any
 * language: the boards list jobs by their English titles.
 */
export function jobBoardLinks(title: string, place: Place, words: BoardWords): JobBoardLink[] {
  return JOB_BOARDS.map((board) => ({
    board: board.name,
    search: searchText(title, place, words),
    href: board.url(title, place).toString(),
  }));
}
