// A plan's permanent link: /plan/result/#p=<code>, the code being lib/quiz's versioned, checked
// answer code. The answers live in the fragment, which browsers never send to a server. Apart from
// the rules (./links, ./registry), so the form's bundle carries only the questions and the codec.
import { encodeAnswers, type Answers, type CodedQuestionSet } from '../quiz';
import { routes } from '../routes';

const PLAN_PARAM = 'p';

export function planCode(version: CodedQuestionSet, choices: Answers): string {
  return encodeAnswers(version, choices);
}

export function planHref(code: string): string {
  return `${routes.planResult()}#${PLAN_PARAM}=${code}`;
}

/** The plan code in a fragment ("" if none); a leading "#" or "?" is ignored. */
export function readPlanCode(fragment: string): string {
  return new URLSearchParams(fragment.replace(/^[#?]/, '')).get(PLAN_PARAM) ?? '';
}
