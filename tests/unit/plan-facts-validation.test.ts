// content/plan/facts.yaml's own rules: every way to learn once, a time and a cost or words for what
// is missing, and a dated source for a way to pay that has one. Each problem names file and field.
import { describe, expect, it } from 'vitest';
import { formatProblem, validateContent, type ContentToValidate } from '@/lib/content/validate';
import { PLAN_PAYMENT_IDS, PLAN_TRAINING_IDS } from '@/lib/content/vocabulary';
import { emptyContent } from '../fixtures/content/empty';

const FILE = 'plan/facts.yaml';
const costFigure = { type: 'Figure', value: 1, unit: 'usd', asOf: '2026', source: 'bls' };

function planFacts(): NonNullable<ContentToValidate['planFacts']>[number] {
  return {
    _raw: { sourceFilePath: FILE },
    type: 'PlanFactSheet',
    training: PLAN_TRAINING_IDS.map((id) => ({
      type: 'PlanTraining',
      id,
      length: { ...costFigure, unit: 'months' },
      cost: costFigure,
    })),
    waysToPay: PLAN_PAYMENT_IDS.map((id) => ({
      type: 'PlanWayToPay',
      id,
      source: 'bls',
      asOf: '2026',
    })),
  };
}

function problemsOf(plan: ReturnType<typeof planFacts>): string[] {
  const content: ContentToValidate = {
    ...emptyContent(),
    sources: [
      {
        _raw: { sourceFilePath: 'sources/bls.yaml' },
        type: 'Source',
        id: 'bls',
        url: 'https://www.bls.gov/ooh/',
        standing: 'primary',
        publisherKind: 'government',
      },
    ],
    planFacts: [plan],
  };
  return validateContent(content)
    .filter((problem) => problem.file === FILE)
    .map((problem) => formatProblem(problem));
}

describe('the plan facts', () => {
  it('pass when complete', () => {
    expect(problemsOf(planFacts())).toEqual([]);
  });

  it('name the field of a way to learn whose cost is missing without a reason', () => {
    const plan = planFacts();
    const [first, ...rest] = plan.training;
    if (first === undefined) throw new Error('no training');
    const withoutCost = { type: first.type, id: first.id, length: first.length };
    expect(problemsOf({ ...plan, training: [withoutCost, ...rest] })).toEqual([
      expect.stringContaining('training[0].unknown: is needed'),
    ]);
  });

  it('name a length given in a unit that is not a time', () => {
    const plan = planFacts();
    const [first, ...rest] = plan.training;
    if (first === undefined) throw new Error('no training');
    const inDollars = { ...first, length: costFigure };
    expect(problemsOf({ ...plan, training: [inDollars, ...rest] })).toEqual([
      expect.stringContaining('training[0].length.unit: "usd" does not fit'),
    ]);
  });

  it('name a missing way to learn and a way to pay whose source has no date', () => {
    const plan = planFacts();
    const [firstWay, ...otherWays] = plan.waysToPay;
    if (firstWay === undefined) throw new Error('no way to pay');
    const undated = { type: firstWay.type, id: firstWay.id, source: firstWay.source };
    expect(
      problemsOf({ ...plan, training: plan.training.slice(1), waysToPay: [undated, ...otherWays] }),
    ).toEqual([
      expect.stringContaining('› training: must have'),
      expect.stringContaining('waysToPay[0].asOf: a source needs its date'),
    ]);
  });
});
