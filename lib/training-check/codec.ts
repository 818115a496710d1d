// The answers in the address's fragment ("#check=exam:y,price:n"), so a reload or a printed link
// keeps them. Browsers never send the fragment anywhere. Reading never throws: an unknown question
// or answer is skipped, as a link may come from an older checklist.
import { checklistQuestions, type Answer, type Answers, type Checklist } from './types';

/** How the fragment that holds answers starts. */
export const CHECK_FRAGMENT = '#check=';
const CODES: Readonly<Record<Answer, string>> = { yes: 'y', no: 'n', unsure: 'u' };

function answerOfCode(code: string): Answer | undefined {
  if (code === CODES.yes) return 'yes';
  if (code === CODES.no) return 'no';
  if (code === CODES.unsure) return 'unsure';
  return undefined;
}

/** The fragment for the answers, in the checklist's order; "" when nothing is answered. */
export function encodeAnswers(checklist: Checklist, answers: Answers): string {
  const pairs = checklistQuestions(checklist).flatMap((question) => {
    const answer = answers[question.id];
    return answer === undefined ? [] : [`${question.id}:${CODES[answer]}`];
  });
  return pairs.length === 0 ? '' : `${CHECK_FRAGMENT}${pairs.join(',')}`;
}

/** The answers a fragment holds for this checklist's questions; none for any other fragment. */
export function decodeAnswers(checklist: Checklist, fragment: string): Answers {
  if (!fragment.startsWith(CHECK_FRAGMENT)) return {};
  const ids = new Set(checklistQuestions(checklist).map((question) => question.id));
  const answers: Record<string, Answer> = {};
  for (const pair of fragment.slice(CHECK_FRAGMENT.length).split(',')) {
    const [id = '', code = '', ...rest] = pair.split(':');
    const answer = answerOfCode(code);
    if (rest.length === 0 && ids.has(id) && answer !== undefined) answers[id] = answer;
  }
  return answers;
}
