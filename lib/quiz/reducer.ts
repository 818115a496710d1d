// The quiz's state transitions, kept apart from React so every step can be tested on its own.
// An action that makes no sense in the current state (an option that does not exist, a question
// out of range) returns the state unchanged.
import type { Answers } from './types';

export interface QuizState {
  /** How many options each question has: fixed for the whole quiz. */
  optionCounts: readonly number[];
  answers: Answers;
  /** Index of the question on screen. */
  current: number;
}

export type QuizAction =
  | { type: 'answer'; option: number }
  | { type: 'back' }
  | { type: 'forward' }
  | { type: 'go-to'; question: number }
  | { type: 'restart' }
  /** Picks up answers saved earlier (from the address bar). */
  | { type: 'restore'; answers: Answers; current: number };

export function initialQuizState(optionCounts: readonly number[]): QuizState {
  return { optionCounts, answers: optionCounts.map(() => null), current: 0 };
}

function isQuestion(state: QuizState, index: number): boolean {
  return Number.isInteger(index) && index >= 0 && index < state.optionCounts.length;
}

function isAnswerTo(state: QuizState, question: number, option: number | null): boolean {
  const count = state.optionCounts[question];
  return (
    option === null ||
    (count !== undefined && Number.isInteger(option) && option >= 0 && option < count)
  );
}

export function quizReducer(state: QuizState, action: QuizAction): QuizState {
  switch (action.type) {
    case 'answer': {
      if (!isAnswerTo(state, state.current, action.option)) return state;
      if (state.answers[state.current] === action.option) return state;
      const answers = state.answers.map((answer, index) =>
        index === state.current ? action.option : answer,
      );
      return { ...state, answers };
    }
    case 'back':
      return state.current > 0 ? { ...state, current: state.current - 1 } : state;
    case 'forward':
      return isQuestion(state, state.current + 1)
        ? { ...state, current: state.current + 1 }
        : state;
    case 'go-to':
      return isQuestion(state, action.question) && action.question !== state.current
        ? { ...state, current: action.question }
        : state;
    case 'restart':
      return initialQuizState(state.optionCounts);
    case 'restore': {
      const fits =
        action.answers.length === state.optionCounts.length &&
        action.answers.every((answer, index) => isAnswerTo(state, index, answer)) &&
        isQuestion(state, action.current);
      return fits ? { ...state, answers: action.answers, current: action.current } : state;
    }
  }
}

/** How many questions have an answer. */
export function answeredCount(state: QuizState): number {
  return state.answers.filter((answer) => answer !== null).length;
}

export function isLastQuestion(state: QuizState): boolean {
  return state.current === state.optionCounts.length - 1;
}
