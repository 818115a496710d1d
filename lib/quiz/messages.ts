// Plain-language explanations of why a link could not be read. Fixed text only: nothing from the
// link itself is ever shown back.
import type { DecodeError } from './codec';

export type LineProblem = DecodeError | 'not-a-result-link' | 'no-answers';

const MESSAGES: Readonly<Record<LineProblem, string>> = {
  empty: 'The link has no quiz result in it.',
  malformed: 'The result code in this link is damaged: it has characters a result never has.',
  'unknown-version': 'This link names a version of the quiz that does not exist.',
  'wrong-length':
    'The result code in this link is too short or too long, so part of it is missing.',
  checksum:
    'The result code in this link does not pass its check: a character was changed or mistyped.',
  'out-of-range': 'The result code in this link names answers that do not exist.',
  'not-a-result-link': 'This line has no quiz result link in it.',
  'no-answers': 'Every question was skipped, so there is no result.',
};

export function problemMessage(problem: LineProblem): string {
  return MESSAGES[problem];
}
