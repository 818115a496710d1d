// Why a plan link cannot open, in plain words. Fixed text only: nothing from the link is shown back.
import type { PlanMessages } from '../i18n/messages/plan';
import type { PlanLinkProblem } from './links';

/** The catalog's keys of the problem messages (all of them strings). */
type ProblemKey = Extract<keyof PlanMessages, `problem${string}`>;

const MESSAGE_KEYS: Readonly<Record<PlanLinkProblem, ProblemKey>> = {
  empty: 'problemEmpty',
  malformed: 'problemMalformed',
  'invalid-character': 'problemInvalidCharacter',
  'unknown-version': 'problemUnknownVersion',
  'too-short': 'problemTooShort',
  'too-long': 'problemTooLong',
  checksum: 'problemChecksum',
  'out-of-range': 'problemOutOfRange',
  'missing-answers': 'problemMissingAnswers',
};

export function planProblemMessage(problem: PlanLinkProblem, m: PlanMessages): string {
  return m[MESSAGE_KEYS[problem]];
}
