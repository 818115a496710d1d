import type { QuizOutcomeId } from '@/lib/quiz';

/** Bar colours per outcome: the site's coder and biller colours, and two more for the others. */
export const OUTCOME_BAR_CLASS: Readonly<Record<QuizOutcomeId, string>> = {
  coding: 'bg-coder',
  billing: 'bg-biller',
  both: 'bg-amber-600 dark:bg-amber-300',
  adjacent: 'bg-sky-700 dark:bg-sky-300',
};
