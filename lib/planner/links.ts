// Opening a plan link: its code read against the released versions, and the plan made with the
// rule of the link's own version.
import { decodeAnswers, type Answers, type DecodeError } from '../quiz';
import type { PlanMessages } from '../i18n/messages/plan';
import { PLAN_VERSIONS, type PlanVersion } from './registry';
import type { Plan, PlanContent } from './types';

export type PlanLinkProblem = DecodeError | 'missing-answers';

export type OpenedPlan =
  | { ok: true; plan: Plan; version: PlanVersion; choices: Answers }
  | { ok: false; problem: PlanLinkProblem };

/** The plan a code stands for, made with its own version's rule in the words given, or why not. */
export function openPlan(code: string, content: PlanContent, m: PlanMessages): OpenedPlan {
  const decoded = decodeAnswers(code, PLAN_VERSIONS);
  if (!decoded.ok) return { ok: false, problem: decoded.error };
  const plan = decoded.definition.build(decoded.answers, content, m);
  if (plan === null) return { ok: false, problem: 'missing-answers' };
  return { ok: true, plan, version: decoded.definition, choices: decoded.answers };
}
