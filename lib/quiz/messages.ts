// Plain-language explanations of why a link could not be read. Fixed text only: nothing from the
// link itself is ever shown back. The words are the quiz catalog's `problems`, in the page's
// language (lib/i18n/messages/quiz.ts); the browser gets them as a prop.
import type { DecodeError } from './codec';

export type LineProblem = DecodeError | 'not-a-result-link' | 'no-answers';

/** One message per problem, in one language. */
export type ProblemWords = Readonly<Record<LineProblem, string>>;

export function problemMessage(problem: LineProblem, words: ProblemWords): string {
  return words[problem];
}
