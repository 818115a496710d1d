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

/** The alert for a problem, in plain words. The link's own text is never echoed back. */
export function problemMessage(problem: CompareProblem): string {
  switch (problem.kind) {
    case 'missing':
      return `This link names only one job title. Choose the ${SIDE_WORDS[problem.side]} title below to compare them.`;
    case 'unknown': {
      const [side] = problem.sides;
      if (problem.sides.length === 2 || side === undefined) {
        return 'Neither job title in this link is one this site knows. The link may be cut short or mistyped. Choose two titles below.';
      }
      return `The ${SIDE_WORDS[side]} job title in this link is not one this site knows. The link may be cut short or mistyped. Choose the ${SIDE_WORDS[side]} title again below.`;
    }
    case 'same':
      return 'This link names the same job title twice. Choose a different second title below.';
  }
}

/** The pickers' starting choice: the pair's known slugs, '' for a side that must be chosen again. */
export function pickerChoice(pair: ComparePair, known: ReadonlySet<string>): ComparePair {
  const keep = (slug: string) => (known.has(slug) ? slug : '');
  return { a: keep(pair.a), b: keep(pair.b) };
}
