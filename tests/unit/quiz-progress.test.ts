import { describe, expect, it } from 'vitest';
import { encodeAnswers } from '@/lib/quiz/codec';
import { freshQuizHref, progressFragment, readQuestion } from '@/lib/quiz/links';
import { isQuizEntry, quizEntryState, startingProgress } from '@/lib/quiz/progress';
import type { QuizDefinition } from '@/lib/quiz/types';
import miniQuiz from '../fixtures/quiz/mini-quiz.json';

const mini: QuizDefinition = miniQuiz.definition;
const stored = progressFragment(mini, [2, 1, null], 2);
const linked = progressFragment(mini, [0, null, null], 1);
// Next.js keeps its own fields in every history entry, beside the quiz's.
const quizEntry = { ...quizEntryState(), __NA: true };
const linkEntry = { __NA: true };

describe('where an unfinished quiz picks up', () => {
  it('starts fresh with nothing saved anywhere', () => {
    expect(startingProgress({ fragment: '', stored: null, historyState: null }, mini)).toBeNull();
  });

  it('brings back the stored answers and question when the quiz is opened without a link', () => {
    expect(startingProgress({ fragment: '', stored, historyState: linkEntry }, mini)).toEqual({
      answers: [2, 1, null],
      current: 2,
    });
  });

  it('opens a link with its own answers, not the stored ones', () => {
    expect(startingProgress({ fragment: linked, stored, historyState: linkEntry }, mini)).toEqual({
      answers: [0, null, null],
      current: 1,
    });
    expect(startingProgress({ fragment: linked, stored: null, historyState: null }, mini)).toEqual({
      answers: [0, null, null],
      current: 1,
    });
  });

  it("on one of the quiz's own entries, keeps the newer stored answers and the entry's question", () => {
    expect(startingProgress({ fragment: linked, stored, historyState: quizEntry }, mini)).toEqual({
      answers: [2, 1, null],
      current: 1,
    });
  });

  it('starts fresh from the retake address, whatever was stored', () => {
    const fragment = freshQuizHref('en').slice(freshQuizHref('en').indexOf('#'));
    expect(freshQuizHref('en')).toBe('/quiz/#new');
    expect(startingProgress({ fragment, stored, historyState: quizEntry }, mini)).toBeNull();
  });

  it.each([
    ['not a fragment', 'hello'],
    ['damaged answers', '#a=1-zz&q=2'],
    ['another version', `#a=2${encodeAnswers(mini, [0, 0, 0]).slice(1)}&q=1`],
    ['JSON', '{"answers":[0,1,2]}'],
    ['broken escapes', '#a=%E0%A4%A&q=%'],
  ])('ignores stored data that is %s', (_, corrupt) => {
    expect(
      startingProgress({ fragment: '', stored: corrupt, historyState: quizEntry }, mini),
    ).toBeNull();
    expect(
      startingProgress({ fragment: linked, stored: corrupt, historyState: quizEntry }, mini),
    ).toEqual({ answers: [0, null, null], current: 1 });
  });

  it('tells its own history entries from anything else', () => {
    expect(isQuizEntry(quizEntry)).toBe(true);
    for (const other of [null, undefined, 'quizStep', linkEntry, { quizStep: 'yes' }]) {
      expect(isQuizEntry(other)).toBe(false);
    }
  });
});

describe('readQuestion', () => {
  it.each([
    ['#a=1-x&q=2', 1],
    ['#q=99', 2],
    ['#q=0', null],
    ['#q=abc', null],
    ['', null],
  ])('reads %s as question index %s', (fragment, index) => {
    expect(readQuestion(fragment, mini)).toBe(index);
  });
});
