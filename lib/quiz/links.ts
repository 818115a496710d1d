// Where the quiz keeps its state in addresses: the result page reads a finished code from "r", and
// the quiz page keeps the answers so far in "a" and the question on screen in "q" (counted from 1);
// "new" opens the quiz empty, whatever this browser tab kept.
// All of it lives in the fragment (after "#"), which browsers never send to a server: opening a
// result link tells nobody, not even this site's host, what the answers were.
// The fragment is the same in every language: only the page before it says which language the
// result opens in (the language of the page it was made on).
import { decodeAnswers, encodeAnswers } from './codec';
import type { Answers, QuizDefinition } from './types';
import type { Locale } from '../i18n';
import { routesFor } from '../routes';

const RESULT_PARAM = 'r';
const ANSWERS_PARAM = 'a';
const QUESTION_PARAM = 'q';
const FRESH_START_PARAM = 'new';

/** The fragment's parameters; a leading "#" or "?" is ignored, so a hand-typed "?r=" also works. */
function paramsOf(fragment: string): URLSearchParams {
  return new URLSearchParams(fragment.replace(/^[#?]/, ''));
}

/** The result page in `locale` for a code. Codes only hold characters that are safe in a URL. */
export function resultPath(code: string, locale: Locale): string {
  return `${routesFor(locale).quizResult()}#${RESULT_PARAM}=${code}`;
}

/** The result page in `locale` for a set of answers. */
export function resultHref(definition: QuizDefinition, answers: Answers, locale: Locale): string {
  return resultPath(encodeAnswers(definition, answers), locale);
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
  const decoded = decodeAnswers(paramsOf(fragment).get(ANSWERS_PARAM) ?? '', [definition]);
  if (!decoded.ok) return null;
  return { answers: decoded.answers, current: readQuestion(fragment, definition) ?? 0 };
}

/** The index of the question a fragment names, kept on a question that exists; null if none. */
export function readQuestion(fragment: string, definition: QuizDefinition): number | null {
  const question = Number(paramsOf(fragment).get(QUESTION_PARAM));
  if (!Number.isInteger(question) || question < 1) return null;
  return Math.min(question - 1, definition.questions.length - 1);
}

/** The result code in a fragment ("" if none). */
export function readResultCode(fragment: string): string {
  return paramsOf(fragment).get(RESULT_PARAM) ?? '';
}

/** The quiz in `locale` with no answers, even in a tab that kept some ("Retake the quiz"). */
export function freshQuizHref(locale: Locale): string {
  return `${routesFor(locale).quiz()}#${FRESH_START_PARAM}`;
}

/** Whether a fragment asks for an empty quiz (see freshQuizHref). */
export function asksForFreshStart(fragment: string): boolean {
  return paramsOf(fragment).has(FRESH_START_PARAM);
}

/**
 * The quiz page with a result's answers filled in, so one answer can be changed without starting
 * over. It opens on the first skipped question, or on the first question when none was skipped.
 */
export function editAnswersHref(
  definition: QuizDefinition,
  answers: Answers,
  locale: Locale,
): string {
  const skipped = definition.questions.findIndex((_, index) => (answers[index] ?? null) === null);
  return `${routesFor(locale).quiz()}${progressFragment(definition, answers, Math.max(skipped, 0))}`;
}
