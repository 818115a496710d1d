// How sure a result is. The percentages stay as they are; this only decides the words around them:
// a clear best fit, an early lean (too few answers), or a split between outcomes that are close.
import { TIE_ORDER } from './scoring';
import type { Answers, CertaintyRule, QuizDefinition, QuizOutcomeId, ScoredResult } from './types';

export interface ResultCertainty {
  /** 'clear', or why not: too few answers (checked first), or outcomes too close to call. */
  level: 'clear' | 'few-answers' | 'split';
  /** The top outcome, then every other outcome within the close margin of it, highest first. */
  contenders: readonly QuizOutcomeId[];
  /** Answers still needed for a clear result (0 once there are enough). */
  missing: number;
}

export function resultCertainty(result: ScoredResult, rule: CertaintyRule): ResultCertainty {
  const { percentages, top } = result;
  const close = TIE_ORDER.filter(
    (outcome) => outcome !== top && percentages[top] - percentages[outcome] <= rule.closeMargin,
  ).sort((a, b) => percentages[b] - percentages[a] || TIE_ORDER.indexOf(a) - TIE_ORDER.indexOf(b));
  const contenders = [top, ...close];
  const missing = Math.max(0, rule.minAnswers - result.answered);
  const level = missing > 0 ? 'few-answers' : contenders.length > 1 ? 'split' : 'clear';
  return { level, contenders, missing };
}

/** Whether a quiz in progress has enough answers for a result, and how many more it needs. */
export function resultReadiness(
  answers: Answers,
  definition: QuizDefinition,
): { ready: boolean; missing: number } {
  const answered = definition.questions.filter((question, index) => {
    const choice = answers[index];
    return choice !== null && choice !== undefined && question.options[choice] !== undefined;
  }).length;
  const missing = Math.max(0, definition.certainty.minAnswers - answered);
  return { ready: missing === 0, missing };
}
