// Reads the place out of a query: "CPC jobs in Ohio" -> "CPC jobs" + Ohio. The rule, because many
// state codes are also words or job abbreviations ("OR coder" is an operating-room coder, "AR" is
// accounts receivable, "near me" is not Maine):
// - "remote", "wfh", "work from home" anywhere mean remote (not "home" alone: "home health coder");
// - a place is read at the end of the query, or failing that at its start, longest first;
// - a ZIP code, a state's full name, and a city with its state ("Dallas TX", "Portland, OR") are
//   places wherever they stand;
// - a bare two-letter code is a state after "in"/"near"/"around"/"at" (unless lowercase and an
//   everyday word: "near me"), or typed in capitals at the end when the catalog has no such
//   abbreviation, or when the words before it already name a title ("AR specialist PA" is in
//   Pennsylvania; "PA" alone is prior authorization);
// - a bare city name is a place after "in"/"near", or when none of its words is a job word or an
//   everyday word ("Mobile", "Independence" need "in" or a state).
import type { QueryReading } from './search-types';
import { PLACE_MARKERS, cityInState, stateNamed, statePlace, zipPlace, type Place } from './place';
import { plainWords, singular } from './normalize';
import { findCity, type Gazetteer } from './us-cities';

/** Two-letter state codes that people type as words: lowercase, they are not states. */
const WORD_CODES = new Set(['in', 'me', 'or', 'hi', 'ok']);

/** City names that are everyday words: a city only after "in"/"near" or with its state. */
const WORD_CITIES = new Set([
  'mobile',
  'independence',
  'enterprise',
  'surprise',
  'orange',
  'paradise',
  'vista',
  'concord',
]);

const REMOTE_PHRASES: readonly (readonly string[])[] = [
  ['work', 'from', 'home'],
  ['working', 'from', 'home'],
  ['work', 'at', 'home'],
  ['from', 'home'],
  ['wfh'],
  ['remote'],
  ['remotely'],
  ['telework'],
  ['telecommute'],
];

/** The longest span of words a place can take: "salt lake city, ut". */
const MAX_PLACE_WORDS = 5;

export interface QueryPlaceContext {
  gazetteer?: Gazetteer;
  /** Whether a (plain, lowercase) word is in the catalog's titles, names or abbreviations. */
  isJobWord: (word: string) => boolean;
  /** Whether these words, as typed, name a title on their own: every word matches one title. */
  namesTitle: (text: string) => boolean;
}

interface Token {
  raw: string;
  key: string;
}

type Span = readonly [start: number, end: number];

/** The place these words name, or undefined; `marked` when "in"/"near" comes before them. */
function placeOf(
  tokens: readonly Token[],
  marked: boolean,
  before: string,
  context: QueryPlaceContext,
): Place | undefined {
  const text = tokens.map((token) => token.key).join(' ');
  if (tokens.length === 1) {
    const [token] = tokens;
    const zip = zipPlace(text);
    if (zip) return zip;
    if (token && text.length === 2) {
      const code = stateNamed(text);
      const capitals = token.raw.replace(/[^\p{L}]/gu, '') === text.toUpperCase();
      const counts = marked
        ? capitals || !WORD_CODES.has(text)
        : capitals && before !== '' && (!context.isJobWord(text) || context.namesTitle(before));
      return code && counts ? statePlace(code) : undefined;
    }
  }
  const state = text.length > 2 ? stateNamed(text) : undefined;
  if (state) return statePlace(state);
  const city = findCity(context.gazetteer, text);
  const everyday =
    WORD_CITIES.has(text) || text.split(' ').every((word) => context.isJobWord(singular(word)));
  if (city && (marked || !everyday)) return statePlace(city.code, city.name);
  const inState = cityInState(text, context.gazetteer);
  if (!inState || inState.city === undefined) return undefined;
  const known = findCity(context.gazetteer, inState.city, inState.code) !== undefined;
  return known || (marked && tokens.length <= 4) ? inState : undefined;
}

function remoteSpans(tokens: readonly Token[]): Span[] {
  const spans: Span[] = [];
  for (let start = 0; start < tokens.length; start += 1) {
    const phrase = REMOTE_PHRASES.find((words) =>
      words.every((word, offset) => tokens[start + offset]?.key === word),
    );
    if (phrase) {
      spans.push([start, start + phrase.length]);
      start += phrase.length - 1;
    }
  }
  return spans;
}

/** The place at the end of the tokens, or at their start: the span it takes, with its marker. */
function findPlace(
  tokens: readonly Token[],
  context: QueryPlaceContext,
): [Place, Span] | undefined {
  const isMarker = (index: number) => PLACE_MARKERS.has(tokens[index]?.key ?? '');
  for (let length = Math.min(MAX_PLACE_WORDS, tokens.length); length >= 1; length -= 1) {
    const start = tokens.length - length;
    if (isMarker(start)) continue;
    const before = tokens
      .slice(0, start)
      .map((token) => token.raw)
      .join(' ');
    const place = placeOf(tokens.slice(start), isMarker(start - 1), before, context);
    if (place) return [place, [isMarker(start - 1) ? start - 1 : start, tokens.length]];
  }
  const first = isMarker(0) ? 1 : 0;
  for (
    let length = Math.min(MAX_PLACE_WORDS, tokens.length - first - 1);
    length >= 1;
    length -= 1
  ) {
    const place = placeOf(tokens.slice(first, first + length), first === 1, '', context);
    // A two-letter code leads a query only as a word ("OR coder", "AR specialist").
    if (place && (length > 1 || (tokens[first]?.key.length ?? 0) > 2)) {
      return [place, [0, first + length]];
    }
  }
  return undefined;
}

/** Splits a query into its job words and the place it names. */
export function readQueryPlace(query: string, context: QueryPlaceContext): QueryReading {
  const tokens = query
    .split(/[\s,]+/)
    .filter((raw) => raw !== '')
    .map((raw) => ({ raw, key: plainWords(raw).join(' ') }));

  const remote = remoteSpans(tokens);
  const rest = tokens.filter(
    (_, index) => !remote.some(([start, end]) => index >= start && index < end),
  );
  const found = findPlace(rest, context);
  const words = (list: readonly Token[]) => list.map((token) => token.raw).join(' ');
  if (found) {
    const [place, [start, end]] = found;
    return {
      what: words([...rest.slice(0, start), ...rest.slice(end)]),
      place,
      placeText: words(rest.slice(start, end)),
    };
  }
  if (remote.length === 0) return { what: words(tokens) };
  return {
    what: words(rest),
    place: { kind: 'remote' },
    placeText: remote.map(([start, end]) => words(tokens.slice(start, end))).join(' '),
  };
}
