// The compare page's state is its address: ?a=<slug>&b=<slug>. Reading it and saying what is wrong
// with it are pure, so a broken link gets a message instead of a blank page.
import { formatMessage } from '@/lib/i18n/format-message';

/** The two slugs a compare address names, '' where it names none. */
export interface ComparePair {
  a: string;
  b: string;
}

export type CompareSide = keyof ComparePair;

/** Longer than any slug; a pasted essay is cut before it is compared. */
const MAX_SLUG_LENGTH = 80;

function slugParam(params: URLSearchParams, side: CompareSide): string {
  return (params.get(side) ?? '').trim().toLowerCase().slice(0, MAX_SLUG_LENGTH);
}

/** The pair in a query string ("?a=medical-coder&b=medical-biller"). */
export function readComparePair(search: string): ComparePair {
  const params = new URLSearchParams(search);
  return { a: slugParam(params, 'a'), b: slugParam(params, 'b') };
}

export type CompareProblem =
  | { kind: 'missing'; side: CompareSide }
  | { kind: 'unknown'; sides: CompareSide[] }
  | { kind: 'same' };

/**
 * What stops the pair from being compared, or undefined when it can be. A pair naming nothing is a
 * first visit, not a problem: the page just asks for two titles.
 */
export function compareProblem(
  pair: ComparePair,
  known: ReadonlySet<string>,
): CompareProblem | undefined {
  const unknown = (['a', 'b'] as const).filter(
    (side) => pair[side] !== '' && !known.has(pair[side]),
  );
  if (unknown.length > 0) return { kind: 'unknown', sides: unknown };
  if (pair.a === '' && pair.b !== '') return { kind: 'missing', side: 'a' };
  if (pair.b === '' && pair.a !== '') return { kind: 'missing', side: 'b' };
  if (pair.a !== '' && pair.a === pair.b) return { kind: 'same' };
  return undefined;
}

/** Where the pair came from: a link that was opened, or the reader's own choice in the pickers. */
export type PairOrigin = 'link' | 'pickers';

export interface ProblemNotice {
  text: string;
  /** A broken link or a same-title pair is announced at once; a half-made choice is not. */
  alert: boolean;
}

/** The words of the notices, in the page's language (the jobs catalog's `compare.problems`). */
export interface ProblemWords {
  sides: Readonly<Record<CompareSide, string>>;
  onlyOne: string;
  nowChoose: string;
  neitherKnown: string;
  oneUnknown: string;
  sameInLink: string;
  sameInPickers: string;
}

/** What the page says about a problem, in plain words. The link's own text is never echoed back. */
export function problemNotice(
  problem: CompareProblem,
  origin: PairOrigin,
  words: ProblemWords,
): ProblemNotice {
  const fromLink = origin === 'link';
  switch (problem.kind) {
    case 'missing': {
      const side = words.sides[problem.side];
      // A link with the first title only is how a job page starts a comparison: no alarm.
      return fromLink && problem.side === 'a'
        ? { text: formatMessage(words.onlyOne, { side }), alert: true }
        : { text: formatMessage(words.nowChoose, { side }), alert: false };
    }
    case 'unknown': {
      const [side] = problem.sides;
      const text =
        problem.sides.length === 2 || side === undefined
          ? words.neitherKnown
          : formatMessage(words.oneUnknown, { side: words.sides[side] });
      return { text, alert: true };
    }
    case 'same':
      return { text: fromLink ? words.sameInLink : words.sameInPickers, alert: true };
  }
}

/** The pickers' starting choice: the pair's known slugs, '' for a side that must be chosen again. */
export function pickerChoice(pair: ComparePair, known: ReadonlySet<string>): ComparePair {
  const keep = (slug: string) => (known.has(slug) ? slug : '');
  return { a: keep(pair.a), b: keep(pair.b) };
}
