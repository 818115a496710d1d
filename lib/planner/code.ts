// A plan's permanent link: /plan/result/#p=<code> (/es/plan/result/#p=<code> in Spanish), the code
// being lib/quiz's versioned, checked answer code, the same in every language. The answers live in
// the fragment, which browsers never send to a server. Apart from the rules (./links, ./registry),
// so the form's bundle carries only the questions and the codec.
import type { Locale } from '../i18n';
import { encodeAnswers, type Answers, type CodedQuestionSet } from '../quiz';
import { routesFor } from '../routes';

const PLAN_PARAM = 'p';

export function planCode(version: CodedQuestionSet, choices: Answers): string {
  return encodeAnswers(version, choices);
}

/** The result page in the locale's language, with the code in its fragment. */
export function planHref(code: string, locale: Locale): string {
  return `${routesFor(locale).planResult()}#${PLAN_PARAM}=${code}`;
}

/** The plan code in a fragment ("" if none); a leading "#" or "?" is ignored. */
export function readPlanCode(fragment: string): string {
  return new URLSearchParams(fragment.replace(/^[#?]/, '')).get(PLAN_PARAM) ?? '';
}
