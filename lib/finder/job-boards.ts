// "Search openings": links to real job searches for a title and place on major job boards. Links
// only: the site fetches nothing from these boards and sends them nothing but the visitor's click.
import { placeLabel, type Place } from './place';

export interface JobBoardLink {
  board: string;
  /** What the link searches, for its accessible name: "Medical Coder jobs in Ohio". */
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

/** The place as the boards' free-text location boxes take it. */
function locationText(place: Place): string | undefined {
  switch (place.kind) {
    case 'state':
      return placeLabel(place);
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
        location: place.kind === 'state' ? `${placeLabel(place)}, United States` : 'United States',
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
        l: place.kind === 'state' ? placeLabel(place) : undefined,
      }),
  },
];

function placeWords(place: Place): string {
  switch (place.kind) {
    case 'state':
      return ` in ${placeLabel(place)}`;
    case 'remote':
      return ', remote';
    case 'nationwide':
    case 'unknown':
      return ' nationwide';
  }
}

/** One link per board for this title and place. */
export function jobBoardLinks(title: string, place: Place): JobBoardLink[] {
  return JOB_BOARDS.map((board) => ({
    board: board.name,
    search: `${title} jobs${placeWords(place)}`,
    href: board.url(title, place).toString(),
  }));
}
