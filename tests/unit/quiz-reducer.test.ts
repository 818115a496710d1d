import { describe, expect, it } from 'vitest';
import {
  answeredCount,
  initialQuizState,
  isLastQuestion,
  quizReducer,
  type QuizAction,
  type QuizState,
} from '@/lib/quiz/reducer';

const start = initialQuizState([4, 3, 4]);

function run(state: QuizState, ...actions: QuizAction[]): QuizState {
  return actions.reduce(quizReducer, state);
}

describe('quizReducer', () => {
  it('starts on the first question with nothing answered', () => {
    expect(start).toEqual({ optionCounts: [4, 3, 4], answers: [null, null, null], current: 0 });
    expect(answeredCount(start)).toBe(0);
  });

  it('answers the question on screen and changes an answer', () => {
    const state = run(start, { type: 'answer', option: 2 }, { type: 'answer', option: 1 });
    expect(state.answers).toEqual([1, null, null]);
    expect(state.current).toBe(0);
  });

  it('ignores an option the question does not have', () => {
    const onSecond = run(start, { type: 'forward' });
    for (const option of [3, -1, 1.5, Number.NaN]) {
      expect(quizReducer(onSecond, { type: 'answer', option })).toBe(onSecond);
    }
  });

  it('moves forward and back, and stops at both ends', () => {
    expect(quizReducer(start, { type: 'back' })).toBe(start);
    const last = run(start, { type: 'forward' }, { type: 'forward' });
    expect(last.current).toBe(2);
    expect(isLastQuestion(last)).toBe(true);
    expect(quizReducer(last, { type: 'forward' })).toBe(last);
    expect(run(last, { type: 'back' }).current).toBe(1);
  });

  it('skips a question when moving forward without an answer', () => {
    const state = run(start, { type: 'forward' }, { type: 'answer', option: 0 });
    expect(state.answers).toEqual([null, 0, null]);
  });

  it('keeps answers when going back and forward', () => {
    const state = run(
      start,
      { type: 'answer', option: 3 },
      { type: 'forward' },
      { type: 'answer', option: 2 },
      { type: 'back' },
      { type: 'forward' },
    );
    expect(state).toEqual({ optionCounts: [4, 3, 4], answers: [3, 2, null], current: 1 });
  });

  it('goes to any existing question', () => {
    expect(run(start, { type: 'go-to', question: 2 }).current).toBe(2);
    for (const question of [0, 3, -1, 0.5]) {
      expect(quizReducer(start, { type: 'go-to', question })).toBe(start);
    }
  });

  it('restarts with every answer cleared', () => {
    const state = run(start, { type: 'answer', option: 1 }, { type: 'go-to', question: 2 });
    expect(quizReducer(state, { type: 'restart' })).toEqual(start);
  });

  it('restores saved answers that fit the quiz', () => {
    const restored = quizReducer(start, { type: 'restore', answers: [1, null, 3], current: 2 });
    expect(restored).toEqual({ optionCounts: [4, 3, 4], answers: [1, null, 3], current: 2 });
    expect(answeredCount(restored)).toBe(2);
  });

  it.each([
    ['too few answers', [1, 2], 0],
    ['an option the question lacks', [1, 3, 0], 0],
    ['a question that does not exist', [1, 2, 3], 3],
  ])('ignores saved answers with %s', (_, answers, current) => {
    expect(quizReducer(start, { type: 'restore', answers, current })).toBe(start);
  });
});
