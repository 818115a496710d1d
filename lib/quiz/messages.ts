// Plain-language explanations of why a link could not be read. Fixed text only: nothing from the
// link itself is ever shown back.
import type { DecodeError } from './codec';

export type LineProblem = DecodeError | 'not-a-result-link' | 'no-answers';

const MESSAGES: Readonly<Record<LineProblem, string>> = {
  empty: 'The link has no quiz result in it.',
  malformed:
    'The result code in this link is damaged: it does not have the shape of a result code.',
  'invalid-character':
    'The result code in this link has a character a result code never has: a character was changed or mistyped.',
  'unknown-version':
    'This link names a version of the quiz that this site does not have: its first number was changed, or it comes from a newer copy of the site.',
  'too-short':
    'The result code in this link is too short: the end of it is missing, probably cut off when it was copied.',
  'too-long':
    'The result code in this link is too long: it has extra characters at the end, probably added when it was copied.',
  checksum:
    'The result code in this link does not pass its check: a character was changed or mistyped.',
  'out-of-range': 'The result code in this link names answers that do not exist.',
  'not-a-result-link': 'This line has no quiz result link in it.',
  'no-answers': 'Every question was skipped, so there is no result.',
};

export function problemMessage(problem: LineProblem): string {
  return MESSAGES[problem];
}
