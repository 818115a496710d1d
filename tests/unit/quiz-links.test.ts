import { describe, expect, it } from 'vitest';
import { encodeAnswers } from '@/lib/quiz/codec';
import {
  freshQuizHref,
  progressFragment,
  readProgress,
  readResultCode,
  resultHref,
} from '@/lib/quiz/links';
import type { QuizDefinition } from '@/lib/quiz/types';
import miniQuiz from '../fixtures/quiz/mini-quiz.json';

const mini: QuizDefinition = miniQuiz.definition;

describe('quiz addresses', () => {
  it('links a finished quiz to the result page', () => {
    expect(resultHref(mini, [0, 1, 2], 'en')).toBe(
      `/quiz/result/#r=${encodeAnswers(mini, [0, 1, 2])}`,
    );
    expect(readResultCode(resultHref(mini, [0, 1, 2], 'en').split('/quiz/result/')[1] ?? '')).toBe(
      encodeAnswers(mini, [0, 1, 2]),
    );
  });

  it('links a quiz taken in Spanish to the Spanish result page, with the same code', () => {
    const english = resultHref(mini, [0, 1, null], 'en');
    expect(resultHref(mini, [0, 1, null], 'es')).toBe(`/es${english}`);
    expect(freshQuizHref('es')).toBe('/es/quiz/#new');
  });

  it('saves and restores an unfinished quiz, with the question on screen counted from 1', () => {
    const fragment = progressFragment(mini, [2, null, null], 1);
    expect(fragment).toBe(`#a=${encodeAnswers(mini, [2, null, null])}&q=2`);
    expect(readProgress(fragment, mini)).toEqual({ answers: [2, null, null], current: 1 });
  });

  it.each([
    ['no saved answers', ''],
    ['damaged answers', '?a=1-zz&q=2'],
    ['answers from another version', `?a=2${encodeAnswers(mini, [0, 0, 0]).slice(1)}&q=1`],
  ])('starts over with %s', (_, search) => {
    expect(readProgress(search, mini)).toBeNull();
  });

  it.each([
    ['missing', '', 0],
    ['past the end', '&q=99', 2],
    ['not a number', '&q=abc', 0],
    ['zero', '&q=0', 0],
  ])('puts a %s question number on a question that exists', (_, question, current) => {
    const search = `?a=${encodeAnswers(mini, [0, null, null])}${question}`;
    expect(readProgress(search, mini)?.current).toBe(current);
  });

  it('reads a result code typed as a query too', () => {
    expect(readResultCode('?r=1-abc')).toBe('1-abc');
    expect(readResultCode('#r=1-abc')).toBe('1-abc');
  });

  it('reads no result code from an address without one', () => {
    expect(readResultCode('?x=1')).toBe('');
  });

  it('does not throw on broken percent escapes', () => {
    expect(() => readResultCode('?r=%E0%A4%A')).not.toThrow();
  });
});
