// Version 1's rule: answers, the content's facts and the plan catalog of one language in, a plan
// out. Pure, so a link made today opens with the same steps for as long as version 1 is kept
// (tests/unit/planner-golden.test.ts), and with the same months and dollars in every language.
import { knownCost, knownMonths, sumRanges } from '../ranges';
import type { PlanMessages } from '../../i18n/messages/plan';
import type { CredentialFacts, Plan, PlanContent, PlanStep, TrainingFacts } from '../types';
import { entryTitlesOf, experienceAdvice, remoteAdvice, thisWeek, titleLinks } from './advice';
import { chooseCredential, chooseTraining, routeOf } from './choices';
import type { PlanAnswers } from './questions';
import {
  apprenticeMonths,
  booksStep,
  diplomaStep,
  examStep,
  experienceStep,
  firstJobStep,
  freeTrainingStep,
  membershipStep,
  quizStep,
  remoteStep,
  trainingStep,
} from './steps';

function present<Item>(item: Item | null): item is Item {
  return item !== null;
}

function credentialOf(content: PlanContent, slug: string): CredentialFacts {
  const found = content.credentials.find((credential) => credential.slug === slug);
  if (found === undefined) throw new Error(`The plan content has no credential "${slug}"`);
  return found;
}

function trainingOf(content: PlanContent, id: string): TrainingFacts {
  const found = content.training.find((training) => training.id === id);
  if (found === undefined) throw new Error(`The plan content has no training "${id}"`);
  return found;
}

/** Sums of the steps: months to a first job (before-job steps) and the first year's cost (all). */
function planTotals(steps: readonly PlanStep[]): Plan['totals'] {
  const beforeJob = steps.filter((step) => step.phase === 'before-job');
  return {
    months: sumRanges(beforeJob.map((step) => knownMonths(step.time)).filter(present)),
    monthsUnknown: beforeJob
      .filter((step) => step.time.kind === 'unknown')
      .map((step) => step.title),
    cost: sumRanges(steps.map((step) => knownCost(step.cost)).filter(present)),
    costUnknown: steps.filter((step) => step.cost.kind === 'unknown').map((step) => step.title),
  };
}

export function buildPlanV1(answers: PlanAnswers, content: PlanContent, m: PlanMessages): Plan {
  const route = routeOf(answers);
  const training = chooseTraining(answers);
  const chosenCredential = chooseCredential(answers);
  const credential = credentialOf(content, chosenCredential.slug);
  const trainingFacts = training.id === null ? null : trainingOf(content, training.id);
  const experience = {
    ...experienceAdvice(answers, credential, m),
    figures: credential.hasApprenticeStatus
      ? [content.apprentice.yearsWithCourse.view, content.apprentice.yearsOfWork.view]
      : [],
  };
  const steps: PlanStep[] = [
    answers.path === 'unsure' ? quizStep(m) : null,
    answers.education === 'no-diploma' ? diplomaStep(m) : null,
    answers.budget === 'very-little' ? freeTrainingStep(answers, m) : null,
    trainingFacts === null ? null : trainingStep(trainingFacts, training, answers, m),
    membershipStep(credential, m),
    booksStep(credential, m),
    examStep(credential, m[chosenCredential.why], m),
    firstJobStep(m),
    experienceStep(
      experience,
      credential.hasApprenticeStatus ? apprenticeMonths(content) : { kind: 'none' },
    ),
    answers.remoteSoon === 'yes' ? remoteStep(m) : null,
  ].filter(present);
  const entryTitles = entryTitlesOf(route, content);
  const { titles, bridgeTitles } = titleLinks(entryTitles);
  return {
    version: 1,
    path: route,
    steps,
    totals: planTotals(steps),
    learn: { chosen: training.id, options: content.training },
    credential: { facts: credential, why: [m[chosenCredential.why], credential.firstFor] },
    titles,
    bridgeTitles,
    experience,
    remote: remoteAdvice(answers, content, m),
    waysToPay: content.waysToPay,
    thisWeek: thisWeek(answers, training, credential.acronym, entryTitles.titles[0], m),
  };
}
