// Where the quiz keeps its state in addresses: the result page reads a finished code from "r", and
// the quiz page keeps the answers so far in "a" and the question on screen in "q" (counted from 1).
// All of it lives in the fragment (after "#"), which browsers never send to a server: opening a
// result link tells nobody, not even this site's host, what the answers were.
import { decodeAnswers, encodeAnswers } from './codec';
import type { Answers, QuizDefinition } from './types';
import { routes } from '../routes';

const RESULT_PARAM = 'r';
const ANSWERS_PARAM = 'a';
const QUESTION_PARAM = 'q';

/** The fragment's parameters; a leading "#" or "?" is ignored, so a hand-typed "?r=" also works. */
function paramsOf(fragment: string): URLSearchParams {
  return new URLSearchParams(fragment.replace(/^[#?]/, ''));
}

/** The result page for a code. Codes only hold characters that are safe in a URL. */
export function resultPath(code: string): string {
  return `${routes.quizResult()}#${RESULT_PARAM}=${code}`;
}

/** The result page for a set of answers. */
export function resultHref(definition: QuizDefinition, answers: Answers): string {
  return resultPath(encodeAnswers(definition, answers));
}

/** The fragment that saves an unfinished quiz. */
export function progressFragment(
  definition: QuizDefinition,
  answers: Answers,
  current: number,
): string {
  return `#${ANSWERS_PARAM}=${encodeAnswers(definition, answers)}&${QUESTION_PARAM}=${current + 1}`;
}

/**
 * An unfinished quiz saved in a fragment, or null if there is none for this version (a link
 * saved before a newer version shipped starts over rather than mixing two question sets).
 */
export function readProgress(
  fragment: string,
  definition: QuizDefinition,
): { answers: Answers; current: number } | null {
  const params = paramsOf(fragment);
  const decoded = decodeAnswers(params.get(ANSWERS_PARAM) ?? '', [definition]);
  if (!decoded.ok) return null;
  const question = Number(params.get(QUESTION_PARAM));
  const lastQuestion = definition.questions.length - 1;
  const current =
    Number.isInteger(question) && question >= 1 ? Math.min(question - 1, lastQuestion) : 0;
  return { answers: decoded.answers, current };
}

/** The result code in a fragment ("" if none). */
export function readResultCode(fragment: string): string {
  return paramsOf(fragment).get(RESULT_PARAM) ?? '';
}

/**
 * The quiz page with a result's answers filled in, so one answer can be changed without starting
 * over. It opens on the first skipped question, or on the first question when none was skipped.
 */
export function editAnswersHref(definition: QuizDefinition, answers: Answers): string {
  const skipped = definition.questions.findIndex((_, index) => (answers[index] ?? null) === null);
  return `${routes.quiz()}${progressFragment(definition, answers, Math.max(skipped, 0))}`;
}
