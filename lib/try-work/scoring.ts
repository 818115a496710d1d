// Scoring of a set: pure, so the island and the tests agree on what counts as right.
import type { TryCaseView } from './types';

/** The reader's pick for each case they checked, by case id. */
export type TryAnswers = Readonly<Record<string, string>>;

export interface TryScore {
  right: number;
  total: number;
}

export function isRightAnswer(item: Pick<TryCaseView, 'answer'>, optionId: string): boolean {
  return item.answer === optionId;
}

/** How many cases were answered right, out of all the cases of the set (unanswered ones count as wrong). */
export function scoreOf(
  cases: readonly Pick<TryCaseView, 'id' | 'answer'>[],
  answers: TryAnswers,
): TryScore {
  const right = cases.filter((item) => {
    const pick = answers[item.id];
    return pick !== undefined && isRightAnswer(item, pick);
  }).length;
  return { right, total: cases.length };
}

/** The option that is the answer, for "The answer is ...". */
export function answerOption<T extends { id: string }>(item: {
  answer: string;
  options: readonly T[];
}): T | undefined {
  return item.options.find((option) => option.id === item.answer);
}
