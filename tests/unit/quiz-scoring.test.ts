import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUIZ_OUTCOMES } from '@/lib/content/vocabulary';
import { scoreWeightedSum, toPercentages, topOutcome, TIE_ORDER } from '@/lib/quiz/scoring';
import type { QuizResult } from '@/lib/quiz/types';
import miniQuiz from '../fixtures/quiz/mini-quiz.json';

/** The parts of a result the fixtures state. */
function outline(result: QuizResult) {
  if (result.kind === 'no-answers') return { kind: result.kind };
  return {
    kind: result.kind,
    points: result.points,
    percentages: result.percentages,
    top: result.top,
    answered: result.answered,
    toward: result.pushes.map((push) => push.toward),
  };
}

const points = fc.record({
  coding: fc.nat(1000),
  billing: fc.nat(1000),
  both: fc.nat(1000),
  adjacent: fc.nat(1000),
});
const positivePoints = points.filter((value) => Object.values(value).some((count) => count > 0));

describe('scoreWeightedSum on fixture answer sets', () => {
  it.each(miniQuiz.cases)('$name', ({ answers, expected }) => {
    expect(outline(scoreWeightedSum(miniQuiz.definition, answers))).toEqual(expected);
  });

  it('keeps each pushed answer’s prompt, label and reason', () => {
    const result = scoreWeightedSum(miniQuiz.definition, [null, 1, null]);
    expect(result.kind === 'scored' && result.pushes).toEqual([
      {
        questionIndex: 1,
        prompt: 'Second question',
        optionLabel: 'B',
        reason: 'second-b',
        toward: ['adjacent'],
        weights: { coding: 0, billing: 1, both: 0, adjacent: 2 },
      },
    ]);
  });
});

describe('toPercentages', () => {
  it('adds up to exactly 100, with each share less than one point from the exact one', () => {
    fc.assert(
      fc.property(positivePoints, (value) => {
        const percentages = toPercentages(value);
        const total = QUIZ_OUTCOMES.reduce((sum, outcome) => sum + value[outcome], 0);
        expect(QUIZ_OUTCOMES.reduce((sum, outcome) => sum + percentages[outcome], 0)).toBe(100);
        for (const outcome of QUIZ_OUTCOMES) {
          expect(Math.abs(percentages[outcome] - (value[outcome] * 100) / total)).toBeLessThan(1);
        }
      }),
      { numRuns: 10_000 },
    );
  });

  it('never shows the top outcome below another outcome', () => {
    fc.assert(
      fc.property(positivePoints, (value) => {
        const percentages = toPercentages(value);
        const top = percentages[topOutcome(value)];
        for (const outcome of QUIZ_OUTCOMES)
          expect(top).toBeGreaterThanOrEqual(percentages[outcome]);
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('topOutcome', () => {
  it('breaks a full tie by the tie order', () => {
    expect(topOutcome({ coding: 2, billing: 2, both: 2, adjacent: 2 })).toBe(TIE_ORDER[0]);
  });

  it('picks the outcome with the most points whatever the tie order', () => {
    expect(topOutcome({ coding: 1, billing: 1, both: 1, adjacent: 5 })).toBe('adjacent');
  });
});
