// Scoring rule "weighted sum", used by quiz version 1: each answer adds its option's weights to the
// outcomes; the percentages are each outcome's share of all points.
import { QUIZ_OUTCOMES } from '@/lib/content/vocabulary';
import type {
  Answers,
  AnswerPush,
  OutcomePoints,
  QuizDefinition,
  QuizOptionData,
  QuizOutcomeId,
  QuizResult,
} from './types';

/**
 * Who wins a tie, first to last. The hybrid outcome comes first because a tie between paths is
 * itself a sign of a mixed fit; then the two main roles, then the nearby paths.
 */
export const TIE_ORDER: readonly QuizOutcomeId[] = ['both', 'coding', 'billing', 'adjacent'];

function tieRank(outcome: QuizOutcomeId): number {
  return TIE_ORDER.indexOf(outcome);
}

function zeroPoints(): Record<QuizOutcomeId, number> {
  return { coding: 0, billing: 0, both: 0, adjacent: 0 };
}

/**
 * Whole percentages that add up to exactly 100 (largest-remainder method). Points must be
 * non-negative integers with a positive total, so the arithmetic is exact. Equal remainders go to
 * the outcome that wins ties, so the top outcome never shows a smaller percentage than another.
 */
export function toPercentages(points: OutcomePoints): OutcomePoints {
  const total = QUIZ_OUTCOMES.reduce((sum, outcome) => sum + points[outcome], 0);
  const percentages = zeroPoints();
  const remainders = QUIZ_OUTCOMES.map((outcome) => {
    const scaled = points[outcome] * 100;
    percentages[outcome] = Math.floor(scaled / total);
    return { outcome, remainder: scaled % total };
  });
  let missing = 100 - QUIZ_OUTCOMES.reduce((sum, outcome) => sum + percentages[outcome], 0);
  remainders.sort((a, b) => b.remainder - a.remainder || tieRank(a.outcome) - tieRank(b.outcome));
  for (const { outcome } of remainders) {
    if (missing === 0) break;
    percentages[outcome] += 1;
    missing -= 1;
  }
  return percentages;
}

/** The outcome with the most points; ties go by TIE_ORDER. */
export function topOutcome(points: OutcomePoints): QuizOutcomeId {
  // TIE_ORDER is in tie-winning order, so keeping the earlier outcome on equal points breaks ties.
  return TIE_ORDER.reduce((best, outcome) => (points[outcome] > points[best] ? outcome : best));
}

/** The outcomes an option weights highest (none if it gives no points at all). */
function pushedToward(option: QuizOptionData): QuizOutcomeId[] {
  const highest = Math.max(...QUIZ_OUTCOMES.map((outcome) => option.weights[outcome]));
  if (highest <= 0) return [];
  return QUIZ_OUTCOMES.filter((outcome) => option.weights[outcome] === highest);
}

/**
 * Scores a set of answers. An answer that is null, missing or names no option of its question
 * counts as skipped. With no points at all there is no result to show; as every released option
 * gives some points (checked in lib/quiz/content.ts), that means every question was skipped.
 */
export function scoreWeightedSum(definition: QuizDefinition, answers: Answers): QuizResult {
  const points = zeroPoints();
  const pushes: AnswerPush[] = [];
  definition.questions.forEach((question, questionIndex) => {
    const choice = answers[questionIndex];
    const option = choice === null || choice === undefined ? undefined : question.options[choice];
    if (option === undefined) return;
    for (const outcome of QUIZ_OUTCOMES) points[outcome] += option.weights[outcome];
    pushes.push({
      questionIndex,
      prompt: question.prompt,
      optionLabel: option.label,
      reason: option.reason,
      toward: pushedToward(option),
      weights: option.weights,
    });
  });
  const questionCount = definition.questions.length;
  const total = QUIZ_OUTCOMES.reduce((sum, outcome) => sum + points[outcome], 0);
  if (total === 0) return { kind: 'no-answers', version: definition.version, questionCount };
  return {
    kind: 'scored',
    version: definition.version,
    percentages: toPercentages(points),
    points,
    top: topOutcome(points),
    pushes,
    answered: pushes.length,
    questionCount,
  };
}
