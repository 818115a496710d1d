// The compare page's state is its address: ?a=<slug>&b=<slug>. Reading it and saying what is wrong
// with it are pure, so a broken link gets a message instead of a blank page.

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

const SIDE_WORDS: Record<CompareSide, string> = { a: 'first', b: 'second' };

/** Where the pair came from: a link that was opened, or the reader's own choice in the pickers. */
export type PairOrigin = 'link' | 'pickers';

export interface ProblemNotice {
  text: string;
  /** A broken link or a same-title pair is announced at once; a half-made choice is not. */
  alert: boolean;
}

/** What the page says about a problem, in plain words. The link's own text is never echoed back. */
export function problemNotice(problem: CompareProblem, origin: PairOrigin): ProblemNotice {
  const fromLink = origin === 'link';
  switch (problem.kind) {
    case 'missing': {
      const side = SIDE_WORDS[problem.side];
      // A link with the first title only is how a job page starts a comparison: no alarm.
      return fromLink && problem.side === 'a'
        ? {
            text: `This link names only one job title. Choose the ${side} title below to compare them.`,
            alert: true,
          }
        : { text: `Now choose the ${side} title.`, alert: false };
    }
    case 'unknown': {
      const [side] = problem.sides;
      const text =
        problem.sides.length === 2 || side === undefined
          ? 'Neither job title in this link is one this site knows. The link may be cut short or mistyped. Choose two titles below.'
          : `The ${SIDE_WORDS[side]} job title in this link is not one this site knows. The link may be cut short or mistyped. Choose the ${SIDE_WORDS[side]} title again below.`;
      return { text, alert: true };
    }
    case 'same':
      return {
        text: fromLink
          ? 'This link names the same job title twice. Choose a different second title below.'
          : 'Both pickers show the same title. Choose a different second title.',
        alert: true,
      };
  }
}

/** The pickers' starting choice: the pair's known slugs, '' for a side that must be chosen again. */
export function pickerChoice(pair: ComparePair, known: ReadonlySet<string>): ComparePair {
  const keep = (slug: string) => (known.has(slug) ? slug : '');
  return { a: keep(pair.a), b: keep(pair.b) };
}
