// The certainty rule: it may only change the words around a result, so it is checked on the real
// golden links (whose percentages quiz-golden.test.ts pins) and on hand-made splits.
import { describe, expect, it } from 'vitest';
import { resultCertainty, resultReadiness } from '@/lib/quiz/certainty';
import { decodeAnswers } from '@/lib/quiz/codec';
import { editAnswersHref, readProgress, readResultCode } from '@/lib/quiz/links';
import { scoreAnswers } from '@/lib/quiz/registry';
import { getQuizDefinitions } from '@/lib/quiz/server';
import type { OutcomePoints, QuizDefinition, ScoredResult } from '@/lib/quiz/types';
import miniQuiz from '../fixtures/quiz/mini-quiz.json';
import v1Golden from '../fixtures/quiz/v1-golden.json';

const definitions = getQuizDefinitions('en');
const mini: QuizDefinition = miniQuiz.definition;

function goldenResult(name: string): { result: ScoredResult; definition: QuizDefinition } {
  const golden = v1Golden.links.find((link) => link.name === name);
  const decoded = decodeAnswers(readResultCode(new URL(golden?.link ?? '').hash), definitions);
  if (!decoded.ok) throw new Error(`golden link "${name}" does not decode`);
  const result = scoreAnswers(decoded.definition, decoded.answers);
  if (result.kind !== 'scored') throw new Error(`golden link "${name}" has no score`);
  return { result, definition: decoded.definition };
}

/** A scored result with only the parts the rule reads filled in. */
function resultWith(percentages: OutcomePoints, top: ScoredResult['top'], answered: number) {
  const result: ScoredResult = {
    kind: 'scored',
    version: 1,
    percentages,
    points: percentages,
    top,
    pushes: [],
    answered,
    questionCount: 14,
  };
  return result;
}

describe('resultCertainty on the golden links of version 1', () => {
  it.each([
    ['coding answers', 'clear', ['coding'], 0],
    ['billing answers', 'clear', ['billing'], 0],
    ['nearby answers', 'clear', ['adjacent'], 0],
    // 1 answer of 14: a 75% lean is still only one answer.
    ['only the first question', 'few-answers', ['coding'], 6],
    // 44% and 39%: the top two are five points apart, one answer's worth.
    ['half coding, half billing', 'split', ['coding', 'billing'], 0],
    ['all first options', 'split', ['coding', 'both'], 0],
  ])('calls "%s" %s', (name, level, contenders, missing) => {
    const { result, definition } = goldenResult(name);
    expect(resultCertainty(result, definition.certainty)).toEqual({ level, contenders, missing });
  });
});

describe('resultCertainty', () => {
  const rule = { minAnswers: 3, closeMargin: 5 };

  it('names every outcome close to the top one, highest first and ties by the tie order', () => {
    const split = resultWith({ coding: 28, billing: 27, both: 27, adjacent: 18 }, 'coding', 3);
    expect(resultCertainty(split, rule)).toEqual({
      level: 'split',
      contenders: ['coding', 'both', 'billing'],
      missing: 0,
    });
  });

  it('counts a gap of exactly the margin as close, and one more point as clear', () => {
    const atMargin = resultWith({ coding: 45, billing: 40, both: 10, adjacent: 5 }, 'coding', 5);
    const beyond = resultWith({ coding: 46, billing: 40, both: 9, adjacent: 5 }, 'coding', 5);
    expect(resultCertainty(atMargin, rule).level).toBe('split');
    expect(resultCertainty(beyond, rule)).toEqual({
      level: 'clear',
      contenders: ['coding'],
      missing: 0,
    });
  });

  it('puts too few answers before a split, and still names the close outcomes', () => {
    const early = resultWith({ coding: 50, billing: 50, both: 0, adjacent: 0 }, 'coding', 2);
    expect(resultCertainty(early, rule)).toEqual({
      level: 'few-answers',
      contenders: ['coding', 'billing'],
      missing: 1,
    });
  });
});

describe('resultReadiness', () => {
  it('waits for the minimum number of answers and says how many are missing', () => {
    expect(resultReadiness([null, null, null], mini)).toEqual({ ready: false, missing: 2 });
    expect(resultReadiness([0, null, null], mini)).toEqual({ ready: false, missing: 1 });
    expect(resultReadiness([0, null, 1], mini)).toEqual({ ready: true, missing: 0 });
    expect(resultReadiness([0, 1, 2], mini)).toEqual({ ready: true, missing: 0 });
  });

  it('does not count answers that name no option', () => {
    expect(resultReadiness([9, -1, null], mini)).toEqual({ ready: false, missing: 2 });
    expect(resultReadiness([0], mini)).toEqual({ ready: false, missing: 1 });
  });

  it('agrees with the certainty rule: a ready quiz never gives too few answers', () => {
    const v1 = definitions.find((definition) => definition.version === 1);
    if (v1 === undefined) throw new Error('no version 1');
    const answers = v1.questions.map((_, index) => (index < v1.certainty.minAnswers ? 0 : null));
    expect(resultReadiness(answers, v1).ready).toBe(true);
    const result = scoreAnswers(v1, answers);
    expect(result.kind === 'scored' && resultCertainty(result, v1.certainty).missing).toBe(0);
  });
});

describe('editAnswersHref', () => {
  it('opens the quiz with the same answers, on the first skipped question', () => {
    const href = editAnswersHref(mini, [1, null, 2], 'en');
    expect(href.startsWith('/quiz/#')).toBe(true);
    expect(readProgress(href.slice('/quiz/'.length), mini)).toEqual({
      answers: [1, null, 2],
      current: 1,
    });
  });

  it('opens on the first question when every question was answered', () => {
    const href = editAnswersHref(mini, [0, 1, 2], 'en');
    expect(readProgress(href.slice('/quiz/'.length), mini)).toEqual({
      answers: [0, 1, 2],
      current: 0,
    });
  });
});
