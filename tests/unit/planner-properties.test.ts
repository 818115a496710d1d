// What holds for every answer set of version 1 (all 4,320 without the state, checked 10,000 times
// with states): a plan comes out, its totals are the sums of its steps, nothing is NaN or below
// zero, more study hours never make it longer, and its link opens the same plan.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import {
  V1_OPTIONS,
  buildPlanV1,
  choicesFromAnswers,
  latestPlanVersion,
  openPlan,
  planCode,
  type Plan,
  type PlanAnswers,
  type Range,
} from '@/lib/planner';
import { getMessages } from '@/lib/i18n/messages';
import { getPlanContent } from '@/lib/planner/server';

const content = getPlanContent('en');
const m = getMessages('en').plan;
const RUNS = { numRuns: 10_000 };

const answersArbitrary: fc.Arbitrary<PlanAnswers> = fc.record({
  path: fc.constantFrom(...V1_OPTIONS.path),
  education: fc.constantFrom(...V1_OPTIONS.education),
  experience: fc.constantFrom(...V1_OPTIONS.experience),
  hours: fc.constantFrom(...V1_OPTIONS.hours),
  budget: fc.constantFrom(...V1_OPTIONS.budget),
  remoteSoon: fc.constantFrom(...V1_OPTIONS.remoteSoon),
  state: fc.option(fc.constantFrom(...V1_OPTIONS.state), { nil: null }),
});

function isSoundRange(range: Range): boolean {
  return (
    Number.isFinite(range.min) &&
    Number.isFinite(range.max) &&
    range.min >= 0 &&
    range.min <= range.max
  );
}

function sum(ranges: Range[]): Range {
  return { min: ranges.reduce((a, r) => a + r.min, 0), max: ranges.reduce((a, r) => a + r.max, 0) };
}

/** What makes two plans the same plan: steps, totals, credential, titles and the week's to-dos. */
function signature(plan: Plan): string {
  return JSON.stringify([
    plan.steps.map((step) => [step.id, step.time, step.cost]),
    plan.totals,
    plan.credential.facts.slug,
    plan.learn.chosen,
    plan.titles.map((title) => title.href),
    plan.thisWeek,
  ]);
}

function sameRange(a: Range, b: Range): boolean {
  return a.min === b.min && a.max === b.max;
}

// Plain booleans in the properties, not expect(): 10,000 runs each stay well under a second.
describe('every version 1 answer set', () => {
  it('gives a plan whose totals are the sums of its steps, with no NaN or negative', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const plan = buildPlanV1(answers, content, m);
        const months = plan.steps.flatMap((step) =>
          step.phase === 'before-job' && step.time.kind === 'months' ? [step.time.months] : [],
        );
        const costs = plan.steps.flatMap((step) =>
          step.cost.kind === 'usd' ? [step.cost.usd] : [],
        );
        return (
          plan.steps.length > 0 &&
          sameRange(plan.totals.months, sum(months)) &&
          sameRange(plan.totals.cost, sum(costs)) &&
          [...months, ...costs, plan.totals.months, plan.totals.cost].every(isSoundRange)
        );
      }),
      RUNS,
    );
  });

  it('never gets longer with more hours a week', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const index = V1_OPTIONS.hours.indexOf(answers.hours);
        const before = buildPlanV1(answers, content, m);
        const steps = before.steps.map((step) => step.id).join();
        return V1_OPTIONS.hours.slice(index + 1).every((more) => {
          const after = buildPlanV1({ ...answers, hours: more }, content, m);
          return (
            after.totals.months.min <= before.totals.months.min &&
            after.totals.months.max <= before.totals.months.max &&
            after.steps.map((step) => step.id).join() === steps
          );
        });
      }),
      RUNS,
    );
  });

  it('opens from its link as the same plan', () => {
    const version = latestPlanVersion();
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const opened = openPlan(planCode(version, choicesFromAnswers(answers)), content, m);
        return opened.ok && signature(opened.plan) === signature(buildPlanV1(answers, content, m));
      }),
      RUNS,
    );
  });
});
