// The "Where" box: a US state by name or two-letter code, "remote", or nationwide.
import { isUsStateCode, US_STATES, type UsStateCode } from '@/lib/us-states';
import { plainWords } from './normalize';

function normalize(text: string): string {
  return plainWords(text).join(' ');
}

export type Place =
  | { kind: 'nationwide' }
  | { kind: 'remote' }
  | { kind: 'state'; code: UsStateCode; name: string }
  /** Typed but not understood: the page says so and searches nationwide. */
  | { kind: 'unknown'; input: string };

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
]);

const REMOTE = new Set([
  'remote',
  'work from home',
  'from home',
  'home',
  'wfh',
  'telework',
  'virtual',
]);

const STATE_BY_NAME = new Map<string, UsStateCode>(
  Object.entries(US_STATES).flatMap(([code, name]) =>
    isUsStateCode(code) ? [[normalize(name), code] as const] : [],
  ),
);

function statePlace(code: UsStateCode): Place {
  return { kind: 'state', code, name: US_STATES[code] };
}

/** Reads what was typed in "Where": "Ohio", "oh", "OH", "Columbus, OH", "remote", "" (nationwide). */
export function parsePlace(input: string): Place {
  const text = normalize(input.slice(0, 80));
  if (NATIONWIDE.has(text)) return { kind: 'nationwide' };
  if (REMOTE.has(text)) return { kind: 'remote' };
  const upper = text.toUpperCase();
  if (isUsStateCode(upper)) return statePlace(upper);
  const named = STATE_BY_NAME.get(text);
  if (named) return statePlace(named);
  // "Columbus, OH" or "Columbus Ohio": the state at the end.
  const lastWord = text.split(' ').pop()?.toUpperCase() ?? '';
  if (text.includes(' ') && isUsStateCode(lastWord)) return statePlace(lastWord);
  for (const [name, code] of STATE_BY_NAME) {
    if (text.endsWith(` ${name}`)) return statePlace(code);
  }
  return { kind: 'unknown', input: input.trim().slice(0, 80) };
}

/** The value kept in the URL: the state code, "remote", or nothing for nationwide. */
export function placeParam(place: Place): string {
  switch (place.kind) {
    case 'state':
      return place.code;
    case 'remote':
      return 'remote';
    case 'unknown':
      return place.input;
    case 'nationwide':
      return '';
  }
}

/** How the page names the place: "Ohio", "remote jobs", "nationwide". */
export function placeLabel(place: Place): string {
  switch (place.kind) {
    case 'state':
      return place.name;
    case 'remote':
      return 'remote jobs';
    case 'nationwide':
    case 'unknown':
      return 'nationwide';
  }
}
