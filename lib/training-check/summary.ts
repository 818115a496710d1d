// What the answers add up to: the red flags seen, the checks that went badly, what is still open,
// what to ask next, and the headline that fits. The sentences are plain words in the page's
// language (grade 8 or below, tested with lib/readability).
import { formatLocale, formatMessage, type Locale } from '../i18n';
import {
  checklistQuestions,
  type Answer,
  type Answers,
  type CheckPlace,
  type Checklist,
  type ChecklistLabels,
  type ChecklistQuestion,
  type Verdict,
  type VerdictId,
} from './types';

/** fine: the answer a good school gets; worry: the other one; open: "Not sure" or no answer yet. */
export type Outcome = 'fine' | 'worry' | 'open';

export interface QuestionResult {
  question: ChecklistQuestion;
  answer: Answer | null;
  outcome: Outcome;
}

export interface NextStep {
  ask: string;
  where?: CheckPlace;
}

export interface ChecklistSummary {
  verdictId: VerdictId;
  verdict: Verdict;
  /** Every question with its answer, in order: the printable record. */
  results: QuestionResult[];
  redFlags: QuestionResult[];
  concerns: QuestionResult[];
  open: QuestionResult[];
  /** What to ask or look up next, for every worrying or open answer, in checklist order. */
  nextSteps: NextStep[];
  answered: number;
  total: number;
}

export function outcomeOf(question: ChecklistQuestion, answer: Answer | null): Outcome {
  if (answer === null || answer === 'unsure') return 'open';
  const worrying: Answer = question.redFlag ? 'yes' : 'no';
  return answer === worrying ? 'worry' : 'fine';
}

function verdictOf(redFlags: number, concerns: number, open: number): VerdictId {
  if (redFlags > 0) return 'redFlags';
  if (concerns > 0) return 'concerns';
  if (open > 0) return 'open';
  return 'clear';
}

export function summarize(checklist: Checklist, answers: Answers): ChecklistSummary {
  const results = checklistQuestions(checklist).map((question): QuestionResult => {
    const answer = answers[question.id] ?? null;
    return { question, answer, outcome: outcomeOf(question, answer) };
  });
  const worrying = results.filter((result) => result.outcome === 'worry');
  const redFlags = worrying.filter((result) => result.question.redFlag !== undefined);
  const concerns = worrying.filter((result) => result.question.redFlag === undefined);
  const open = results.filter((result) => result.outcome === 'open');
  const verdictId = verdictOf(redFlags.length, concerns.length, open.length);
  return {
    verdictId,
    verdict: checklist.verdicts[verdictId],
    results,
    redFlags,
    concerns,
    open,
    nextSteps: results
      .filter((result) => result.outcome !== 'fine')
      .map(({ question }) => ({
        ask: question.ask,
        ...(question.where ? { where: question.where } : {}),
      })),
    answered: results.filter((result) => result.answer !== null).length,
    total: results.length,
  };
}

/**
 * A count in the locale's digits. Not lib/format: this runs in the browser, where that module (both
 * languages' words for every unit) would add 0.7 KB to the island for numbers of one or two digits.
 */
export function formatCount(count: number, locale: Locale): string {
  return new Intl.NumberFormat(formatLocale(locale)).format(count);
}

/** An answer in words ("Not sure", "No sé"), or the words for no answer. */
export function answerLabel(
  answer: Answer | null,
  labels: Pick<ChecklistLabels, 'answer' | 'noAnswer'>,
): string {
  return answer === null ? labels.noAnswer : labels.answer[answer];
}

/**
 * The summary's counts in short sentences: answered, red flags, checks that went badly, open.
 * Each count has a sentence for one and one for more (the same rule in English and Spanish).
 */
export function summarySentences(
  summary: ChecklistSummary,
  counts: ChecklistLabels['counts'],
  locale: Locale,
): string[] {
  const { answered, total, redFlags, concerns, open } = summary;
  const number = (value: number) => formatCount(value, locale);
  const say = (count: number, one: string, many: string) =>
    formatMessage(count === 1 ? one : many, { count: number(count) });
  return [
    formatMessage(total === 1 ? counts.answeredOne : counts.answeredMany, {
      answered: number(answered),
      total: number(total),
    }),
    redFlags.length === 0
      ? counts.noRedFlags
      : say(redFlags.length, counts.redFlagsOne, counts.redFlagsMany),
    ...(concerns.length === 0
      ? []
      : [say(concerns.length, counts.concernsOne, counts.concernsMany)]),
    ...(open.length === 0 ? [] : [say(open.length, counts.openOne, counts.openMany)]),
  ];
}
