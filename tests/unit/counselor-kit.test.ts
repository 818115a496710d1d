// The counselors' kit: the lesson plan's timing, each outcome's guide, and the validation of both
// (minutes that fill the class, two or three prompts per outcome, a next page that is a real route).
import { describe, expect, it } from 'vitest';
import { createChecks } from '@/lib/content/checks';
import type { ContentToValidate } from '@/lib/content/to-validate';
import { validateCounselorKit } from '@/lib/content/validate-counselor-kit';
import { formatProblem } from '@/lib/content/problems';
import {
  getHandoutPage,
  getLessonPlanPage,
  outcomeGuide,
  readingPageLink,
  timeSteps,
} from '@/lib/counselors';
import { routes, routesFor } from '@/lib/routes';
import { lessonPlanFixture } from '../fixtures/counselors/lesson-plan';
import { emptyContent } from '../fixtures/content/empty';

const outcome = (id: string, extra: Record<string, unknown> = {}) => ({
  _raw: { sourceFilePath: `quiz/outcomes/${id}.yaml` },
  type: 'QuizOutcome',
  id,
  firstCertification: 'cpc',
  jobTitles: [],
  discussionPrompts: ['First?', 'Second?'],
  nextPage: 'compare',
  ...extra,
});

/** Only what the kit's checks read; every other list is empty. */
function kitContent(): ContentToValidate {
  return {
    ...emptyContent(),
    quizOutcomes: [outcome('coding'), outcome('billing', { nextPage: 'claimJourney' })],
    lessonPlan: [lessonPlanFixture()],
  };
}

function problemsOf(content: ContentToValidate): string[] {
  const checks = createChecks(content);
  validateCounselorKit(content, checks);
  return checks.problems.map((problem) => formatProblem(problem));
}

describe('validateCounselorKit', () => {
  it('passes a plan whose steps fill 45 minutes and outcomes with 2 or 3 prompts', () => {
    expect(problemsOf(kitContent())).toEqual([]);
  });

  it('names a plan whose minutes do not add up to the class', () => {
    const content = kitContent();
    const plan = lessonPlanFixture();
    plan.steps[2] = { ...plan.steps[2]!, minutes: 20 };
    content.lessonPlan = [plan];
    expect(problemsOf(content)).toEqual([
      'content/counselors/lesson-plan.yaml › steps: the minutes add up to 50, not the 45 of classMinutes',
    ]);
  });

  it('names a step of no time, or of part of a minute', () => {
    const content = kitContent();
    const plan = lessonPlanFixture();
    plan.steps[0] = { ...plan.steps[0]!, minutes: 0 };
    // The total still fills the class, so each step's own problem is the only one.
    plan.steps[1] = { ...plan.steps[1]!, minutes: 9.5 };
    plan.steps[2] = { ...plan.steps[2]!, minutes: 20 };
    plan.steps[3] = { ...plan.steps[3]!, minutes: 10.5 };
    content.lessonPlan = [plan];
    expect(problemsOf(content)).toEqual([
      'content/counselors/lesson-plan.yaml › steps[0].minutes: 0 is not a whole number above 0',
      'content/counselors/lesson-plan.yaml › steps[1].minutes: 9.5 is not a whole number above 0',
      'content/counselors/lesson-plan.yaml › steps[3].minutes: 10.5 is not a whole number above 0',
    ]);
  });

  it('names steps out of order, missing or twice', () => {
    const content = kitContent();
    const plan = lessonPlanFixture();
    plan.steps = [plan.steps[1]!, plan.steps[0]!, ...plan.steps.slice(2)];
    content.lessonPlan = [plan];
    expect(problemsOf(content)).toEqual([
      'content/counselors/lesson-plan.yaml › steps: must be intro, quiz, pairs, summary, exit-ticket, once each and in that order',
    ]);
  });

  it('names a missing lesson plan', () => {
    const content = kitContent();
    content.lessonPlan = [];
    expect(problemsOf(content)).toEqual(['content/counselors/lesson-plan.yaml › file: is missing']);
  });

  it('names an outcome with one prompt or four, and a next page that is not a route', () => {
    const content = kitContent();
    content.quizOutcomes = [
      outcome('coding', { discussionPrompts: ['Only one?'] }),
      outcome('billing', { discussionPrompts: ['1?', '2?', '3?', '4?'], nextPage: 'quizResult' }),
      outcome('both', { nextPage: '/compare/' }),
    ];
    expect(problemsOf(content)).toEqual([
      'content/quiz/outcomes/coding.yaml › discussionPrompts: has 1 prompts; give 2 or 3',
      'content/quiz/outcomes/billing.yaml › discussionPrompts: has 4 prompts; give 2 or 3',
      expect.stringMatching(
        /^content\/quiz\/outcomes\/billing\.yaml › nextPage: "quizResult" is not one of "compare", /,
      ),
      expect.stringMatching(
        /^content\/quiz\/outcomes\/both\.yaml › nextPage: "\/compare\/" is not/,
      ),
    ]);
  });
});

describe('timeSteps', () => {
  it('gives each step the minutes it starts and ends at', () => {
    const step = (id: 'intro' | 'quiz' | 'pairs', minutes: number) => ({
      id,
      title: id,
      minutes,
      activities: ['Do it.'],
    });
    const timed = timeSteps([step('intro', 5), step('quiz', 10), step('pairs', 15)]);
    expect(timed.map(({ id, from, to }) => [id, from, to])).toEqual([
      ['intro', 0, 5],
      ['quiz', 5, 15],
      ['pairs', 15, 30],
    ]);
  });

  it('gives no steps for no steps', () => {
    expect(timeSteps([])).toEqual([]);
  });
});

describe('outcome guides', () => {
  it('resolve the next page through lib/routes, named as in the page list', () => {
    expect(readingPageLink('claimJourney', 'en')).toEqual({
      href: routes.claimJourney(),
      label: 'Life of a claim',
    });
    expect(readingPageLink('claimJourney', 'es').href).toBe(routesFor('es').claimJourney());
    const guide = outcomeGuide(
      {
        id: 'billing',
        name: 'Medical billing',
        summary: 'You lean toward billing.',
        discussionPrompts: ['First?', 'Second?'],
        nextPage: 'compare',
      },
      'en',
    );
    expect(guide).toEqual({
      id: 'billing',
      name: 'Medical billing',
      summary: 'You lean toward billing.',
      prompts: ['First?', 'Second?'],
      nextPage: { href: '/compare/', label: 'Compare' },
    });
  });
});

describe('the kit built from the content', () => {
  it('has a lesson plan of timed steps that fill the class, ending at its last minute', () => {
    const plan = getLessonPlanPage('en');
    expect(plan.steps.map((step) => step.id)).toEqual([
      'intro',
      'quiz',
      'pairs',
      'summary',
      'exit-ticket',
    ]);
    expect(plan.steps.at(-1)?.to).toBe(plan.classMinutes);
    expect(plan.classMinutes).toBe(45);
    for (const guide of plan.outcomes) {
      expect(guide.prompts.length, guide.id).toBeGreaterThanOrEqual(2);
      expect(guide.prompts.length, guide.id).toBeLessThanOrEqual(3);
    }
  });

  it('has a handout with the quiz address and its QR code, every result and the review date', async () => {
    const handout = await getHandoutPage('en');
    expect(handout.quizPath).toBe(routes.quiz());
    expect(handout.quizLink.address).toMatch(/\/quiz\/$/);
    expect(handout.quizLink.qrCode).toMatch(/^data:image\/svg\+xml/);
    expect(handout.outcomes.map((guide) => guide.id)).toEqual([
      'coding',
      'billing',
      'both',
      'adjacent',
    ]);
    expect(handout.summary.rows.length).toBeLessThan(handout.fullRowCount);
    expect(handout.questionCount).toBeGreaterThan(0);
    expect(handout.reviewed.iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('has a Spanish handout whose QR code and link open the Spanish quiz', async () => {
    const handout = await getHandoutPage('es');
    expect(handout.quizPath).toBe('/es/quiz/');
    expect(handout.quizLink.address).toMatch(/\/es\/quiz\/$/);
    expect(handout.outcomes[0]?.name).toBe('Codificación médica');
    expect(handout.outcomes.every((guide) => guide.nextPage.href.startsWith('/es/'))).toBe(true);
  });

  it('has a Spanish lesson plan with the same steps and minutes, linking the Spanish kit', () => {
    const [english, spanish] = [getLessonPlanPage('en'), getLessonPlanPage('es')];
    expect(spanish.steps.map(({ id, from, to }) => ({ id, from, to }))).toEqual(
      english.steps.map(({ id, from, to }) => ({ id, from, to })),
    );
    expect(spanish.steps[0]?.title).toBe('Introducción');
    expect([spanish.quizHref, spanish.handoutHref]).toEqual([
      '/es/quiz/',
      '/es/counselors/handout/',
    ]);
  });
});
