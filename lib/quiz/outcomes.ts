import type { OutcomeDetails, OutcomeNames, QuizOutcomeId } from './types';

/** Each outcome's display name, keyed by outcome. */
export function outcomeNames(outcomes: readonly OutcomeDetails[]): OutcomeNames {
  const names: Record<QuizOutcomeId, string> = { coding: '', billing: '', both: '', adjacent: '' };
  for (const outcome of outcomes) names[outcome.id] = outcome.name;
  return names;
}
