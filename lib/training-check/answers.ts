// The answers' state: one answer per question, changed by the reader and cleared at once.
import type { Answer, Answers } from './types';

export type AnswersAction =
  | { type: 'answer'; question: string; answer: Answer }
  | { type: 'clear' }
  /** Picks up answers saved earlier (from the address). */
  | { type: 'restore'; answers: Answers };

export function answersReducer(answers: Answers, action: AnswersAction): Answers {
  switch (action.type) {
    case 'answer':
      return answers[action.question] === action.answer
        ? answers
        : { ...answers, [action.question]: action.answer };
    case 'clear':
      return {};
    case 'restore':
      return action.answers;
  }
}
