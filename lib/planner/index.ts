// The personal plan: from a few answers to a first job, with months, dollars and sources. Pure and
// safe for the browser; what reads the content is in ./server (getPlanContent).
export { choicesFromForm, prefilledPath } from './form';
export { planCode, planHref, readPlanCode } from './code';
export { openPlan, type OpenedPlan, type PlanLinkProblem } from './links';
export { planProblemMessage } from './messages';
export { planProse } from './prose';
export { latestPlanForm, latestPlanVersion, PLAN_VERSIONS, type PlanVersion } from './registry';
export {
  costText,
  renewalSentence,
  timeText,
  totalCostSentences,
  totalMonthsSentences,
} from './words';
export { answersFromChoices, choicesFromAnswers } from './v1/answers';
export { buildPlanV1 } from './v1/build';
export {
  V1_OPTIONS,
  V1_QUESTIONS,
  type PlanAnswers,
  type PlanOption,
  type PlanQuestion,
  type PlanQuestionId,
} from './v1/questions';
export {
  type CountedFigure,
  type CredentialFacts,
  type EntryTitle,
  type EntryTitlePath,
  type Plan,
  type PlanContent,
  type PlanCost,
  type PlanLink,
  type PlanStep,
  type PlanStepId,
  type PlanTime,
  type PlanWords,
  type Range,
  type TrainingFacts,
  type WayToPay,
} from './types';
