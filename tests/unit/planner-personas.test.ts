// The plan for eight people the issue names: which way to learn, which credential first, and the
// steps in order. Their months and costs come from the content, so the test checks how they are
// made (hours a week, sums), not the numbers themselves.
import { describe, expect, it } from 'vitest';
import { getMessages } from '@/lib/i18n/messages';
import { buildPlanV1, planProse, type PlanAnswers } from '@/lib/planner';
import { getPlanContent } from '@/lib/planner/server';
import { readingGrade, MAX_READING_GRADE } from '@/lib/readability';
import personas from '../fixtures/planner/personas.json';
import { isPlanAnswers } from '../fixtures/planner/answers';

const content = getPlanContent('en');
const words = { locale: 'en', m: getMessages('en').plan } as const;
const build = (answers: PlanAnswers) => buildPlanV1(answers, content, words.m);

describe.each(personas.personas)('the plan for $name', ({ answers, expected }) => {
  if (!isPlanAnswers(answers)) throw new Error('a persona has answers version 1 does not know');
  const plan = build(answers);

  it('has the expected steps, way to learn and first credential', () => {
    expect(plan.steps.map((step) => step.id)).toEqual(expected.steps);
    expect(plan.learn.chosen).toBe(expected.training);
    expect(plan.credential.facts.slug).toBe(expected.credential);
  });

  it('gives months, dollars and first job titles that link to the finder', () => {
    expect(plan.totals.months.max).toBeGreaterThan(0);
    expect(plan.totals.cost.max).toBeGreaterThan(0);
    expect(plan.titles.length).toBeGreaterThanOrEqual(2);
    for (const title of plan.titles) {
      expect(title.href).toMatch(/^\/jobs\/[a-z0-9-]+\/$/);
      expect(title.searchHref).toMatch(/^\/jobs\/\?q=/);
    }
    expect(plan.thisWeek).toHaveLength(3);
  });

  it(`reads at grade ${MAX_READING_GRADE} or below`, () => {
    expect(readingGrade(planProse(plan, words))).toBeLessThanOrEqual(MAX_READING_GRADE);
  });
});

describe('the hours a week', () => {
  const base: PlanAnswers = {
    path: 'coding',
    education: 'some-college',
    experience: 'clinical',
    hours: '3-5',
    budget: 'course',
    remoteSoon: 'no',
    state: null,
  };

  it("set a self-paced course's months: fewer hours, more months", () => {
    const few = build(base).totals.months;
    const many = build({ ...base, hours: '20-40' }).totals.months;
    expect(few.min).toBeGreaterThan(many.max);
  });

  it('leave a college program as long as it is', () => {
    const college = { ...base, experience: 'none' as const };
    expect(build(college).totals.months).toEqual(
      build({ ...college, hours: '20-40' }).totals.months,
    );
  });
});

it('names the state, when given, where to ask about free training', () => {
  const answers: PlanAnswers = {
    path: 'coding',
    education: 'high-school',
    experience: 'none',
    hours: '10-20',
    budget: 'very-little',
    remoteSoon: 'no',
    state: 'MS',
  };
  const [first] = build(answers).steps;
  expect(first?.text[0]).toBe('Call or visit an American Job Center in Mississippi.');
  const [firstWithoutState] = build({ ...answers, state: null }).steps;
  expect(firstWithoutState?.text[0]).toBe('Call or visit an American Job Center.');
});
