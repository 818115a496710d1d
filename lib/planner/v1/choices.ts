// Version 1's choices: which way to learn and which credential to take first, and why, in words.
// The study hours never change a choice (they only change how long a course takes), so more hours a
// week can never make a plan longer.
import type { PlanTrainingId } from '../../content/vocabulary';
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

export interface TrainingChoice {
  id: PlanTrainingId | null;
  why: string;
}

export function chooseTraining(answers: PlanAnswers): TrainingChoice {
  if (routeOf(answers) === 'coding') {
    if (answers.experience === 'coding') {
      return { id: null, why: 'You code already, so you can go straight to the exam.' };
    }
    if (knowsHealthCare(answers) || answers.education === 'bachelor') {
      return {
        id: 'approved-course',
        why: 'You learn fast or know health care words already, so a course at your own pace fits.',
      };
    }
    return {
      id: 'college-certificate',
      why: 'You are new to health care. A college program teaches the body, medical words and the code books, with a teacher.',
    };
  }
  if (answers.experience === 'billing') {
    return { id: null, why: 'You do billing work already, so you can go straight to the exam.' };
  }
  return {
    id: 'billing-certificate',
    why: 'A short billing program teaches claims, insurance rules and the codes billers use.',
  };
}

export interface CredentialChoice {
  slug: PlanCredentialSlug;
  why: string;
}

export function chooseCredential(answers: PlanAnswers): CredentialChoice {
  if (answers.path === 'unsure') {
    return {
      slug: 'cbcs',
      why: 'You are not sure yet. The CBCS covers both billing and coding, and its fee is low.',
    };
  }
  if (answers.path === 'coding') {
    if (answers.budget === 'very-little') {
      return {
        slug: 'cca',
        why: 'Money is tight. The CCA fee is lower than the CPC fee, and you need no AAPC dues.',
      };
    }
    return {
      slug: 'cpc',
      why: 'It is the AAPC coding credential for doctor offices and clinics.',
    };
  }
  if (
    answers.experience === 'billing' ||
    answers.budget === 'course' ||
    answers.budget === 'college'
  ) {
    return {
      slug: 'cpb',
      why: 'It shows you know claims, denials and appeals. It is the billing credential from AAPC.',
    };
  }
  return {
    slug: 'cbcs',
    why: 'Its fee is low, and it covers billing and some coding, as many first jobs do.',
  };
}
