// Version 1's choices: which way to learn and which credential to take first, and why (named by its
// sentence in the plan catalog, so the choice is the same in every language). The study hours never
// change a choice (they only change how long a course takes), so more hours a week can never make a
// plan longer.
import type { PlanTrainingId } from '../../content/vocabulary';
import type { PlanMessages } from '../../i18n/messages/plan';
import type { PlanCredentialSlug } from '../types';
import type { PlanAnswers } from './questions';

export type PlanRoute = 'coding' | 'billing';

/** "Not sure" gets the billing road with the CBCS, which covers both jobs; the quiz comes first. */
export function routeOf(answers: PlanAnswers): PlanRoute {
  return answers.path === 'coding' ? 'coding' : 'billing';
}

/** Work in a clinic, in billing or in coding: you know the words of health care already. */
function knowsHealthCare(answers: PlanAnswers): boolean {
  return ['clinical', 'billing', 'coding'].includes(answers.experience);
}

/** The plan catalog's sentences that say why a choice was made. */
type WhyKey = Extract<keyof PlanMessages, `why${string}`>;

export interface TrainingChoice {
  id: PlanTrainingId | null;
  why: WhyKey;
}

export function chooseTraining(answers: PlanAnswers): TrainingChoice {
  if (routeOf(answers) === 'coding') {
    if (answers.experience === 'coding') {
      return { id: null, why: 'whyCodesAlready' };
    }
    if (knowsHealthCare(answers) || answers.education === 'bachelor') {
      return {
        id: 'approved-course',
        why: 'whyCourse',
      };
    }
    return {
      id: 'college-certificate',
      why: 'whyCollege',
    };
  }
  if (answers.experience === 'billing') {
    return { id: null, why: 'whyBillsAlready' };
  }
  return {
    id: 'billing-certificate',
    why: 'whyBillingProgram',
  };
}

export interface CredentialChoice {
  slug: PlanCredentialSlug;
  why: WhyKey;
}

export function chooseCredential(answers: PlanAnswers): CredentialChoice {
  if (answers.path === 'unsure') {
    return {
      slug: 'cbcs',
      why: 'whyCbcsUnsure',
    };
  }
  if (answers.path === 'coding') {
    if (answers.budget === 'very-little') {
      return {
        slug: 'cca',
        why: 'whyCca',
      };
    }
    return {
      slug: 'cpc',
      why: 'whyCpc',
    };
  }
  if (
    answers.experience === 'billing' ||
    answers.budget === 'course' ||
    answers.budget === 'college'
  ) {
    return {
      slug: 'cpb',
      why: 'whyCpb',
    };
  }
  return {
    slug: 'cbcs',
    why: 'whyCbcs',
  };
}
