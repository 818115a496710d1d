import { planFactSheet, type PlanFactSheet } from 'contentlayer/generated';

/** The facts behind the personal plan: ways to learn, the CPC-A rule, remote work, ways to pay. */
export function getPlanFacts(): PlanFactSheet {
  return planFactSheet;
}
