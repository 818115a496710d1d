// Version 1's steps, each with its time and cost. Words are short and plain (grade 8 or below, as a
// unit test measures); every number comes from the content, with its source beside it.
import { US_STATES } from '../../us-states';
import { monthsOfStudy, toMonths } from '../ranges';
import type { CitedFigureView } from '../../citations';
import type {
  CredentialFacts,
  PlanContent,
  PlanCost,
  PlanStep,
  PlanTime,
  TrainingFacts,
} from '../types';
import type { TrainingChoice } from './choices';
import { V1_WEEKLY_HOURS, type PlanAnswers } from './questions';

const NO_TIME: PlanTime = { kind: 'none' };
const NO_COST: PlanCost = { kind: 'none' };

/** "in Ohio" when a state was given, else nothing. */
export function inState(answers: PlanAnswers): string {
  return answers.state === null ? '' : ` in ${US_STATES[answers.state]}`;
}

export function quizStep(): PlanStep {
  return {
    id: 'quiz',
    title: 'Take the role-fit quiz',
    text: [
      'The quiz shows if coding or billing fits you better.',
      'Until then, this plan takes the billing road. Its first exam covers some coding too.',
    ],
    phase: 'before-job',
    time: NO_TIME,
    cost: NO_COST,
    figures: [],
  };
}

export function diplomaStep(): PlanStep {
  return {
    id: 'diploma',
    title: 'Finish high school or a GED',
    text: [
      'The CCA and CBCS exams ask for a high school diploma or a GED.',
      'We do not know how long this takes for you. An American Job Center can tell you where to start.',
    ],
    phase: 'before-job',
    time: { kind: 'unknown' },
    cost: { kind: 'unknown' },
    figures: [],
  };
}

export function freeTrainingStep(answers: PlanAnswers): PlanStep {
  return {
    id: 'free-training',
    title: 'Ask about free training',
    text: [
      `Call or visit an American Job Center${inState(answers)}.`,
      'Ask if WIOA can pay for your training before you pay for it.',
    ],
    phase: 'before-job',
    time: NO_TIME,
    cost: NO_COST,
    figures: [],
  };
}

function trainingTime(training: TrainingFacts, answers: PlanAnswers): PlanTime {
  switch (training.time.kind) {
    case 'months':
      return { kind: 'months', months: training.time.figure.range };
    case 'study-hours':
      return {
        kind: 'months',
        months: monthsOfStudy(training.time.figure.range.max, V1_WEEKLY_HOURS[answers.hours]),
      };
    case 'unknown':
      return { kind: 'unknown' };
  }
}

export function trainingStep(
  training: TrainingFacts,
  choice: TrainingChoice,
  answers: PlanAnswers,
): PlanStep {
  const paced =
    training.time.kind === 'study-hours'
      ? ['The time here is for the hours a week you said you can study.']
      : [];
  return {
    id: 'training',
    title: training.name,
    text: [choice.why, training.where, ...paced, ...(training.unknown ? [training.unknown] : [])],
    phase: 'before-job',
    time: trainingTime(training, answers),
    cost: training.cost ? { kind: 'usd', usd: training.cost.range } : { kind: 'unknown' },
    figures: [
      ...(training.time.kind === 'unknown' ? [] : [training.time.figure.view]),
      ...(training.cost ? [training.cost.view] : []),
    ],
  };
}

export function membershipStep(credential: CredentialFacts): PlanStep | null {
  if (credential.membership === null) return null;
  return {
    id: 'membership',
    title: `Join ${credential.issuer} for a year`,
    text: [
      `You need to be a member of ${credential.issuer} to take the ${credential.acronym} exam.`,
      'You pay the dues each year to keep the credential.',
    ],
    phase: 'before-job',
    time: NO_TIME,
    cost: { kind: 'usd', usd: credential.membership.range },
    figures: [credential.membership.view],
  };
}

export function booksStep(credential: CredentialFacts): PlanStep | null {
  if (!credential.openBook) return null;
  return {
    id: 'books',
    title: 'Get this year’s code books',
    text: [
      `You may use the code books in the ${credential.acronym} exam, and you study with them.`,
      'We found no trusted price for them, so they are not in the total.',
    ],
    phase: 'before-job',
    time: NO_TIME,
    cost: { kind: 'unknown' },
    figures: [],
  };
}

export function examStep(credential: CredentialFacts, why: string): PlanStep {
  return {
    id: 'exam',
    title: `Take the ${credential.acronym} exam`,
    text: [why, 'Book it for the end of your training, while it is fresh.'],
    phase: 'before-job',
    time: NO_TIME,
    cost: credential.fee ? { kind: 'usd', usd: credential.fee.range } : { kind: 'unknown' },
    figures: credential.fee ? [credential.fee.view] : [],
  };
}

export function firstJobStep(): PlanStep {
  return {
    id: 'first-job',
    title: 'Apply for first jobs',
    text: [
      'Start with the job titles in this plan. Apply even if a post asks for a little experience.',
      'We found no source on how long a first job search takes, so it is not in the months.',
    ],
    phase: 'before-job',
    time: { kind: 'unknown' },
    cost: NO_COST,
    figures: [],
  };
}

export function remoteStep(): PlanStep {
  return {
    id: 'remote',
    title: 'Work from home later',
    text: [
      'We found no source that says how soon a beginner can work from home.',
      'Many remote jobs ask for experience, so plan on a first job on site.',
    ],
    phase: 'after-job',
    time: { kind: 'unknown' },
    cost: NO_COST,
    figures: [],
  };
}

export function experienceStep(
  experience: { title: string; text: readonly string[]; figures: readonly CitedFigureView[] },
  time: PlanTime,
): PlanStep {
  return { id: 'experience', phase: 'after-job', time, cost: NO_COST, ...experience };
}

/** The months from the first job to the full CPC: with a course, or with work alone. */
export function apprenticeMonths(content: PlanContent): PlanTime {
  const { yearsOfWork, yearsWithCourse } = content.apprentice;
  return {
    kind: 'months',
    months: toMonths({ min: yearsWithCourse.range.min, max: yearsOfWork.range.max }, 'years'),
  };
}
