// Why a plan link cannot open, in plain words. Fixed text only: nothing from the link is shown back.
import type { PlanLinkProblem } from './links';

const MESSAGES: Readonly<Record<PlanLinkProblem, string>> = {
  empty: 'This link has no plan in it.',
  malformed: 'The plan code in this link is damaged. It does not look like a plan code.',
  'invalid-character':
    'The plan code in this link has a wrong character. It was changed or mistyped.',
  'unknown-version':
    'This link names a plan version this site does not have. Its first number was changed.',
  'too-short': 'The plan code in this link is too short. The end was cut off when it was copied.',
  'too-long':
    'The plan code in this link is too long. Extra characters were added when it was copied.',
  checksum: 'The plan code in this link fails its check. A character was changed or mistyped.',
  'out-of-range': 'The plan code in this link names answers that do not exist.',
  'missing-answers': 'The plan code in this link is missing answers the plan needs.',
};

export function planProblemMessage(problem: PlanLinkProblem): string {
  return MESSAGES[problem];
}
