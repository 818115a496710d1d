// Every sentence a plan shows, as the blocks a reader sees (paragraphs and list items). The plan is
// drawn in the browser, so the built-page reading test cannot see it: its unit test reads these.
import type { Plan, PlanWords } from './types';
import { renewalSentence, totalCostSentences, totalMonthsSentences } from './words';

export function planProse(plan: Plan, words: PlanWords): string[] {
  return [
    ...totalMonthsSentences(plan.totals, words),
    ...totalCostSentences(plan.totals, words),
    renewalSentence(plan.credential.facts, words),
    ...plan.steps.flatMap((step) => step.text),
    ...plan.credential.why,
    ...plan.experience.text,
    ...plan.remote.text,
    ...plan.learn.options.flatMap((training) => [training.where, training.unknown ?? '']),
    ...plan.waysToPay.map((way) => `${way.name}. ${way.text}`),
    ...plan.thisWeek,
  ].filter((block) => block !== '');
}
