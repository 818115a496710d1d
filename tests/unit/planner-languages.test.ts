// A plan in Spanish is the same plan as in English: the same steps, months and dollars for the same
// answers, and a link with the same code. Only the words change, and a Spanish plan's words are
// Spanish (job titles on job boards and the kept names of the glossary aside).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Locale } from '@/lib/i18n';
import { getMessages } from '@/lib/i18n/messages';
import {
  V1_OPTIONS,
  buildPlanV1,
  choicesFromAnswers,
  latestPlanVersion,
  planCode,
  planHref,
  planProse,
  readPlanCode,
  type Plan,
  type PlanAnswers,
} from '@/lib/planner';
import { getPlanContent } from '@/lib/planner/server';
import { MAX_READING_GRADE, englishBlocks, readingGrade } from '@/lib/readability';
import personas from '../fixtures/planner/personas.json';
import { isPlanAnswers } from '../fixtures/planner/answers';

const CONTENT = { en: getPlanContent('en'), es: getPlanContent('es') };

function planIn(locale: Locale, answers: PlanAnswers): Plan {
  return buildPlanV1(answers, CONTENT[locale], getMessages(locale).plan);
}

/** Everything in a plan that is a number or an id, none of its words. */
function numbers(plan: Plan): string {
  return JSON.stringify([
    plan.steps.map((step) => [step.id, step.phase, step.time, step.cost]),
    plan.totals.months,
    plan.totals.cost,
    plan.totals.monthsUnknown.length,
    plan.totals.costUnknown.length,
    plan.credential.facts.slug,
    plan.learn.chosen,
    plan.titles.length,
    plan.thisWeek.length,
  ]);
}

/** Names kept in English in every language (docs/translation-glossary.md), left out of the check. */
const KEPT_NAMES = /American Job Center/g;

/** Common English words that have no place in a Spanish sentence. */
const ENGLISH_WORDS =
  /\b(the|and|your|you|for|with|from|take|join|get|apply|finish|ask|about|later|books?|exam|first|free|home|jobs?|work|training)\b/i;

const answersArbitrary: fc.Arbitrary<PlanAnswers> = fc.record({
  path: fc.constantFrom(...V1_OPTIONS.path),
  education: fc.constantFrom(...V1_OPTIONS.education),
  experience: fc.constantFrom(...V1_OPTIONS.experience),
  hours: fc.constantFrom(...V1_OPTIONS.hours),
  budget: fc.constantFrom(...V1_OPTIONS.budget),
  remoteSoon: fc.constantFrom(...V1_OPTIONS.remoteSoon),
  state: fc.option(fc.constantFrom(...V1_OPTIONS.state), { nil: null }),
});

describe.each(personas.personas)('the plan for $name, in Spanish', ({ answers }) => {
  if (!isPlanAnswers(answers)) throw new Error('a persona has answers version 1 does not know');
  const en = planIn('en', answers);
  const es = planIn('es', answers);

  it('has the same steps, months and dollars as in English', () => {
    expect(numbers(es)).toBe(numbers(en));
  });

  it('has step titles and sentences with no English words in them', () => {
    const words = { locale: 'es', m: getMessages('es').plan } as const;
    const blocks = [...es.steps.map((step) => step.title), ...planProse(es, words)];
    // A job-board search names the English title, in quotes, and kept names stay: the rest is Spanish.
    for (const block of blocks) {
      expect(block.replace(/"[^"]*"/g, '').replace(KEPT_NAMES, '')).not.toMatch(ENGLISH_WORDS);
    }
  });

  it(`reads at grade ${MAX_READING_GRADE} or below, with no block in English`, () => {
    const prose = planProse(es, { locale: 'es', m: getMessages('es').plan });
    expect(readingGrade(prose, 'es')).toBeLessThanOrEqual(MAX_READING_GRADE);
    expect(englishBlocks(prose)).toEqual([]);
  });

  it('links its first jobs to the Spanish job pages and finder', () => {
    for (const title of es.titles) {
      expect(title.href).toMatch(/^\/es\/jobs\/[a-z0-9-]+\/$/);
      expect(title.searchHref).toMatch(/^\/es\/jobs\/\?q=/);
    }
  });
});

it('gives every answer set the same numbers in both languages', () => {
  fc.assert(
    fc.property(
      answersArbitrary,
      (answers) => numbers(planIn('es', answers)) === numbers(planIn('en', answers)),
    ),
    { numRuns: 1_000 },
  );
});

it('writes the same code into the link in both languages, each to its own result page', () => {
  const code = planCode(
    latestPlanVersion(),
    choicesFromAnswers({
      path: 'billing',
      education: 'high-school',
      experience: 'front-desk',
      hours: '5-10',
      budget: 'exam',
      remoteSoon: 'no',
      state: 'OH',
    }),
  );
  const en = planHref(code, 'en');
  const es = planHref(code, 'es');
  expect(en).toBe(`/plan/result/#p=${code}`);
  expect(es).toBe(`/es/plan/result/#p=${code}`);
  expect(readPlanCode(new URL(es, 'https://example.org').hash)).toBe(code);
});
