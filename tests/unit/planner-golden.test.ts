// Released plan versions must keep their meaning: these links, made with version 1, have to open
// with the same answers and the same steps for as long as the site runs. When v2 ships, add its own
// golden file and test beside these; never edit an older one.
import { describe, expect, it } from 'vitest';
import {
  PLAN_VERSIONS,
  V1_QUESTIONS,
  answersFromChoices,
  choicesFromAnswers,
  openPlan,
  planCode,
  planProblemMessage,
  readPlanCode,
} from '@/lib/planner';
import { getMessages } from '@/lib/i18n/messages';
import { getPlanContent } from '@/lib/planner/server';
import v1Golden from '../fixtures/planner/v1-golden.json';
import { isPlanAnswers } from '../fixtures/planner/answers';

const content = getPlanContent('en');
const m = getMessages('en').plan;

describe('plan version 1', () => {
  it('still has the same questions and options, in the same order', () => {
    expect(V1_QUESTIONS.map((question) => [question.id, question.options.length])).toEqual([
      ['path', 3],
      ['education', 5],
      ['experience', 6],
      ['hours', 4],
      ['budget', 4],
      ['remoteSoon', 2],
      ['state', 52],
    ]);
  });

  it.each(v1Golden.links)('opens the link for "$name" with its original plan', (golden) => {
    const code = readPlanCode(new URL(golden.link).hash);
    const opened = openPlan(code, content, m);
    if (!opened.ok) throw new Error(`the link no longer opens: ${opened.problem}`);
    expect(opened.version.version).toBe(1);
    expect(answersFromChoices(opened.choices)).toEqual(golden.answers);
    expect({
      steps: opened.plan.steps.map((step) => step.id),
      training: opened.plan.learn.chosen,
      credential: opened.plan.credential.facts.slug,
    }).toEqual(golden.expected);
    if (!isPlanAnswers(golden.answers)) throw new Error('unknown answers in the golden file');
    expect(planCode(opened.version, choicesFromAnswers(golden.answers))).toBe(code);
  });
});

describe('a damaged plan link', () => {
  const [first] = v1Golden.links;
  const code = readPlanCode(new URL(first?.link ?? '').hash);

  it.each([
    ['', 'empty'],
    [`${code}x`, 'too-long'],
    [code.slice(0, -1), 'too-short'],
    [`9${code.slice(1)}`, 'unknown-version'],
    [`${code.slice(0, -1)}${code.endsWith('0') ? '1' : '0'}`, 'checksum'],
    ['1-!!', 'invalid-character'],
  ])('"%s" is refused as %s, with a message', (damaged, problem) => {
    const opened = openPlan(damaged, content, m);
    expect(opened.ok ? 'opened' : opened.problem).toBe(problem);
    if (!opened.ok) expect(planProblemMessage(opened.problem, m)).toMatch(/\.$/);
  });

  it('is refused when a question that must be answered is empty', () => {
    const [version] = PLAN_VERSIONS;
    if (version === undefined) throw new Error('no plan version');
    const opened = openPlan(planCode(version, [0, 1, null, 1, 1, 1, null]), content, m);
    expect(opened.ok ? 'opened' : opened.problem).toBe('missing-answers');
  });
});
