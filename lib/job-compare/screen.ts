// What the compare page shows for a pair and the files loaded so far: the pickers with a message,
// a wait, a failure, or the two titles side by side.
import { compareProblem, type ComparePair, type CompareProblem } from './pair';
import { payComparison, type PayComparison, type PayNoteWords } from './pay';
import { COMPARE_DATA_VERSION, type CompareTitle, type PrintSource } from './types';

/** A title's file as loaded so far: absent while it loads. */
export type LoadedTitle = CompareTitle | 'failed';

export type CompareScreen =
  | { kind: 'choose'; problem?: CompareProblem }
  | { kind: 'loading' }
  | { kind: 'failed' }
  | {
      kind: 'ready';
      a: CompareTitle;
      b: CompareTitle;
      pay: PayComparison;
      /** Both titles' sources, each once, for the printed page. */
      sources: PrintSource[];
    };

export function compareScreen(
  pair: ComparePair,
  known: ReadonlySet<string>,
  loaded: ReadonlyMap<string, LoadedTitle>,
  payWords: PayNoteWords,
): CompareScreen {
  const problem = compareProblem(pair, known);
  if (problem) return { kind: 'choose', problem };
  if (pair.a === '' && pair.b === '') return { kind: 'choose' };
  const a = loaded.get(pair.a);
  const b = loaded.get(pair.b);
  if (a === 'failed' || b === 'failed') return { kind: 'failed' };
  if (a === undefined || b === undefined) return { kind: 'loading' };
  const sources = [...a.sources, ...b.sources].filter(
    (source, index, all) => all.findIndex((other) => other.id === source.id) === index,
  );
  return { kind: 'ready', a, b, pay: payComparison(a, b, payWords), sources };
}

/** A light check of a fetched file: this version, and the title that was asked for. */
export function isCompareTitle(value: unknown, slug: string): value is CompareTitle {
  if (typeof value !== 'object' || value === null) return false;
  return (
    'version' in value &&
    value.version === COMPARE_DATA_VERSION &&
    'slug' in value &&
    value.slug === slug &&
    'pay' in value &&
    typeof value.pay === 'object' &&
    value.pay !== null
  );
}
