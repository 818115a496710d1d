// The island's state: one case at a time, pick, check, next, then the end with the feel question.
import type { TryAnswers } from './scoring';
import type { Feeling } from './types';

export interface TryRunState {
  /** The case on screen, by its place in the set. */
  index: number;
  /** The option picked for the case on screen, before or after checking. */
  choice: string | null;
  checked: boolean;
  answers: TryAnswers;
  finished: boolean;
  feeling: Feeling | null;
}

export type TryRunAction =
  | { type: 'choose'; option: string }
  | { type: 'check'; caseId: string }
  | { type: 'next'; total: number }
  | { type: 'feel'; feeling: Feeling }
  | { type: 'restart' };

export const initialTryRun: TryRunState = {
  index: 0,
  choice: null,
  checked: false,
  answers: {},
  finished: false,
  feeling: null,
};

export function tryRunReducer(state: TryRunState, action: TryRunAction): TryRunState {
  switch (action.type) {
    case 'choose':
      // An answer stays as checked: changing it afterwards would change the score.
      return state.checked ? state : { ...state, choice: action.option };
    case 'check':
      if (state.checked || state.choice === null) return state;
      return {
        ...state,
        checked: true,
        answers: { ...state.answers, [action.caseId]: state.choice },
      };
    case 'next': {
      if (!state.checked) return state;
      const last = state.index + 1 >= action.total;
      return last
        ? { ...state, finished: true }
        : { ...state, index: state.index + 1, choice: null, checked: false };
    }
    case 'feel':
      return state.finished ? { ...state, feeling: action.feeling } : state;
    case 'restart':
      return initialTryRun;
  }
}
