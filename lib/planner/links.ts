// A plan's permanent link: /plan/result/#p=<code>, the code being lib/quiz's versioned, checked
// answer code. The answers live in the fragment, which browsers never send to a server.
import { decodeAnswers, encodeAnswers, type Answers, type DecodeError } from '../quiz';
import { routes } from '../routes';
import { PLAN_VERSIONS, type PlanVersion } from './registry';
import type { Plan, PlanContent } from './types';

const PLAN_PARAM = 'p';

export function planCode(version: PlanVersion, choices: Answers): string {
  return encodeAnswers(version, choices);
}

export function planHref(code: string): string {
  return `${routes.planResult()}#${PLAN_PARAM}=${code}`;
}

/** The plan code in a fragment ("" if none); a leading "#" or "?" is ignored. */
export function readPlanCode(fragment: string): string {
  return new URLSearchParams(fragment.replace(/^[#?]/, '')).get(PLAN_PARAM) ?? '';
}

export type PlanLinkProblem = DecodeError | 'missing-answers';

export type OpenedPlan =
  | { ok: true; plan: Plan; version: PlanVersion; choices: Answers }
  | { ok: false; problem: PlanLinkProblem };

/** The plan a code stands for, made with its own version's rule, or why there is none. */
export function openPlan(code: string, content: PlanContent): OpenedPlan {
  const decoded = decodeAnswers(code, PLAN_VERSIONS);
  if (!decoded.ok) return { ok: false, problem: decoded.error };
  const plan = decoded.definition.build(decoded.answers, content);
  if (plan === null) return { ok: false, problem: 'missing-answers' };
  return { ok: true, plan, version: decoded.definition, choices: decoded.answers };
}
